import { useCallback, useState } from 'react';

const KEY = 'lexgap.workshop.position';

/**
 * Where the room is: the requirement on the facilitator's screen. It is one value, kept apart from
 * the review's own navigation, so that a participants' view can later follow it (main would relay
 * it to a second window as an event) without knowing anything else of the facilitator's screen.
 */
export function useWorkshopPosition(): [string | null, (requirementId: string) => void] {
  const [position, setPosition] = useState<string | null>(() => localStorage.getItem(KEY));
  const move = useCallback((requirementId: string) => {
    localStorage.setItem(KEY, requirementId);
    setPosition(requirementId);
  }, []);
  return [position, move];
}

const MODE_KEY = 'lexgap.workshop.on';

/** Workshop mode on or off, remembered for the next start (the room's laptop stays set up). */
export function useWorkshopMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => localStorage.getItem(MODE_KEY) === '1');
  const set = useCallback((value: boolean) => {
    localStorage.setItem(MODE_KEY, value ? '1' : '0');
    setOn(value);
  }, []);
  return [on, set];
}
