import type { Migration } from './types';

/**
 * Full-text index of provisions for the search that adds a provision to a requirement: label,
 * heading and text of each row, in trigram form so that a word matches inside longer ones
 * ("traffick" in "trafficking") whatever its case and accents. It reads its content from the
 * provision table and triggers keep it current on every insert, change and delete.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'provision-search',
  sql: `
    CREATE VIRTUAL TABLE provision_search USING fts5(
      label, heading, text,
      content = 'provision', content_rowid = 'id',
      tokenize = 'trigram remove_diacritics 1');
    CREATE TRIGGER provision_search_insert AFTER INSERT ON provision BEGIN
      INSERT INTO provision_search(rowid, label, heading, text) VALUES (new.id, new.label, new.heading, new.text);
    END;
    CREATE TRIGGER provision_search_delete AFTER DELETE ON provision BEGIN
      INSERT INTO provision_search(provision_search, rowid, label, heading, text)
        VALUES ('delete', old.id, old.label, old.heading, old.text);
    END;
    CREATE TRIGGER provision_search_update AFTER UPDATE OF label, heading, text ON provision BEGIN
      INSERT INTO provision_search(provision_search, rowid, label, heading, text)
        VALUES ('delete', old.id, old.label, old.heading, old.text);
      INSERT INTO provision_search(rowid, label, heading, text) VALUES (new.id, new.label, new.heading, new.text);
    END;
    INSERT INTO provision_search(provision_search) VALUES ('rebuild');
  `,
};
