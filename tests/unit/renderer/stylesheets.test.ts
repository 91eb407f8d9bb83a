import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(__dirname, '../../../renderer/src');
const TOKENS = 'styles/tokens.css';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}
const files = cssFiles(RENDERER).map((path) => ({ name: relative(RENDERER, path), text: readFileSync(path, 'utf8') }));

/** The CSS named colours (CSS Color Module Level 4, §6.1), the system colours aside. */
const NAMED = `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod
darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon
darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey
honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral
lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue
lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine
mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered
orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
yellowgreen`.split(/\s+/);
const RAW_COLOUR = new RegExp(
  `#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|(?<![\\w-])(?:${NAMED.join('|')})(?![\\w-])`,
  'i',
);

/** Each declaration of a stylesheet as "property: value", comments left out. */
function declarations(css: string): { property: string; value: string }[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...bare.matchAll(/([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g)].map((m) => ({ property: m[1]!, value: m[2]!.trim() }));
}

describe('the renderer stylesheets', () => {
  it('are found: the tokens, the base sheet and the feature modules', () => {
    const names = files.map((f) => f.name);
    expect(names).toContain(TOKENS);
    expect(names).toContain('styles/base.css');
    expect(names.filter((n) => n.endsWith('.module.css')).length).toBeGreaterThan(20);
  });

  it('name no raw colour outside the tokens', () => {
    const found = files
      .filter((f) => f.name !== TOKENS)
      .flatMap((f) =>
        declarations(f.text)
          .filter((d) => RAW_COLOUR.test(d.value))
          .map((d) => `${f.name}: ${d.property}: ${d.value}`),
      );
    expect(found).toEqual([]);
  });

  it('tell a raw colour from a token or a keyword', () => {
    const raw = (value: string) => RAW_COLOUR.test(value);
    expect(['#fff', '#0b5cad', 'rgba(10, 20, 40, 0.4)', '1px solid white', 'hsl(0 0% 0%)'].every(raw)).toBe(true);
    expect(['var(--white)', 'var(--red-630)', 'currentColor', 'transparent', 'nowrap', 'inherit'].some(raw)).toBe(
      false,
    );
  });

  it('hold only custom properties in the tokens file', () => {
    const tokens = files.find((f) => f.name === TOKENS)!;
    expect(declarations(tokens.text).filter((d) => !d.property.startsWith('--'))).toEqual([]);
  });

  it('use only tokens that are defined', () => {
    const defined = new Set(declarations(files.find((f) => f.name === TOKENS)!.text).map((d) => d.property));
    const missing = files.flatMap((f) =>
      [...f.text.matchAll(/var\((--[\w-]+)/g)].filter((m) => !defined.has(m[1]!)).map((m) => `${f.name}: ${m[1]}`),
    );
    expect(missing).toEqual([]);
  });

  it('stay under 600 lines each', () => {
    const long = files.filter((f) => f.text.split('\n').length > 600).map((f) => f.name);
    expect(long).toEqual([]);
  });
});
