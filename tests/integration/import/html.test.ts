import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importLawFile } from '../../../electron/main/import';
import { htmlToLines } from '../../../electron/main/import/html';
import { sourceFromText } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment/index';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-html-');
afterAll(dir.cleanup);
let n = 0;
function file(bytes: Uint8Array | string, ext = 'html'): string {
  const path = join(dir.path, `page-${n++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

/** A law as a legal portal serves it: site furniture around the text. */
const PORTAL_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Counter-Trafficking in Persons Act | National Council for Law Reporting</title>
  <style>body { font-family: serif } .hidden { display: none }</style>
  <script>window.analytics = { track: function () { return "Section 99. Not law"; } };</script>
</head>
<body>
  <header class="site-header"><a href="/">Kenya Law</a> <span>Home › Legislation</span></header>
  <nav><ul><li><a href="/acts">Acts</a></li><li><a href="/cases">Case law</a></li></ul></nav>
  <form action="/search"><input name="q" value="Search the site"><button>Go</button></form>
  <div role="navigation">Previous section | Next section</div>
  <main>
    <article>
      <header><h1>COUNTER-TRAFFICKING IN PERSONS ACT</h1><p>No. 8 of 2010</p></header>
      <h2>PART I &ndash; PRELIMINARY</h2>
      <h3>1. Short title</h3>
      <p>This Act may be cited as the
         Counter-Trafficking in Persons Act.</p>
      <h3>2. Interpretation</h3>
      <p>In this Act, unless the context otherwise requires&#8212;</p>
      <p>&ldquo;child&rdquo; has the meaning assigned to it in the Children Act&nbsp;(Cap.&nbsp;141);</p>
      <p>&quot;exploitation&quot; includes&mdash;<br>(a) keeping a person in a state of slavery;<br>(b) forced labour; &amp;</p>
      <div class="hidden" style="display:none">Hidden editorial note</div>
      <p hidden>Hidden too</p>
      <ol type="a"><li>first automatic item</li><li><p>second, inside a paragraph</p></li></ol>
      <table>
        <tr><th>Offence</th><th>Penalty</th></tr>
        <tr><td>Trafficking</td><td>Thirty years</td></tr>
      </table>
      <script>document.write("Injected");</script>
      <!-- Section 100. A comment -->
      <p>Caf&eacute; d&eacute;finition &#233; &#xE9;</p>
    </article>
  </main>
  <aside>Related: <a href="/x">Sexual Offences Act</a></aside>
  <footer>© 2024 Kenya Law. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>`;

describe('web pages', () => {
  it('keeps the law text and drops scripts, styles, navigation, page header and footer, forms', async () => {
    const doc = await importLawFile(file(PORTAL_PAGE));
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.lines.map((l) => l.text)).toEqual([
      'COUNTER-TRAFFICKING IN PERSONS ACT',
      'No. 8 of 2010',
      'PART I – PRELIMINARY',
      '1. Short title',
      'This Act may be cited as the Counter-Trafficking in Persons Act.',
      '2. Interpretation',
      'In this Act, unless the context otherwise requires—',
      '“child” has the meaning assigned to it in the Children Act (Cap. 141);',
      '"exploitation" includes—',
      '(a) keeping a person in a state of slavery;',
      '(b) forced labour; &',
      'a. first automatic item',
      'b. second, inside a paragraph',
      'Offence\tPenalty',
      'Trafficking\tThirty years',
      'Café définition é é',
      'Related: Sexual Offences Act',
    ]);
  });

  it('reads a page in Windows-1252 as its meta tag declares', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Artículo 1.– Definición de “trata”</p></body></html>';
    const bytes = Buffer.from([...html].map((ch) => ({ '–': 0x96, '“': 0x93, '”': 0x94 })[ch] ?? ch.charCodeAt(0)));
    const doc = await importLawFile(file(bytes, 'htm'));
    expect(doc.lines.map((l) => l.text)).toEqual(['Artículo 1.– Definición de “trata”']);
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.notes.join(' ')).toMatch(/the encoding the file declares/);
  });

  it('reads layout tables cell by cell, and empty paragraphs as blank lines', () => {
    const html =
      '<table><tr><td><p>Section 1</p><p>Text one.</p></td><td><p>Section 2</p><p>Text two.</p></td></tr></table>' +
      '<p>After</p><p>&nbsp;</p><p>Last</p><pre>  indented\n  code</pre>';
    expect(htmlToLines(html)).toEqual([
      'Section 1',
      'Text one.',
      'Section 2',
      'Text two.',
      'After',
      '',
      'Last',
      '  indented',
      '  code',
    ]);
  });

  it('reads indentation set by a style or a blockquote as leading spaces, from the text margin of the page', () => {
    const html =
      '<body><div style="margin-left: 20px">' +
      '<p>3. The Penal Code is amended by adding the following after section 260:</p>' +
      '<p style="margin-left: 2em">260A. A person who knowingly benefits from trafficking commits an offence.</p>' +
      '<blockquote><p>260B. The consent of the victim is irrelevant.</p></blockquote>' +
      '<p>4. This Act comes into force on publication.</p></div></body>';
    const lines = htmlToLines(html);
    expect(lines).toEqual([
      '3. The Penal Code is amended by adding the following after section 260:',
      '     260A. A person who knowingly benefits from trafficking commits an offence.',
      '      260B. The consent of the victim is irrelevant.',
      '4. This Act comes into force on publication.',
    ]);
    const tree = segment(sourceFromText(lines.join('\n'), 'law.html'), { language: 'en' });
    expect(tree.children.map((u) => u.number)).toEqual(['3', '4']);
    expect(tree.children[0]!.children.map((u) => u.insertedNumber)).toEqual(['260A', '260B']);
  });

  it('reads an article an amendment inserts, set in by its margin, as inserted (French)', () => {
    const html =
      "<p>Article 2. L'article 3 de la loi du 15 mars 1993 est remplacé par ce qui suit :</p>" +
      '<p style="padding-left: 36pt">Article 3. Le Centre assiste les victimes de la traite des êtres humains.</p>' +
      '<p>Article 3. La présente loi entre en vigueur le jour de sa publication.</p>';
    const tree = segment(sourceFromText(htmlToLines(html).join('\n'), 'loi.html'), { language: 'fr' });
    expect(tree.children.map((u) => u.number)).toEqual(['2', '3']);
    expect(tree.children[0]!.children.map((u) => u.insertedNumber)).toEqual(['3']);
  });

  it('keeps the lines of preformatted text as typed: indentation and blank lines', () => {
    const html =
      '<body><pre>3. The Penal Code is amended by adding the following after section 260:\n' +
      '    260A. A person who knowingly benefits from trafficking commits an offence.\n\n' +
      '4. This Act comes into force on publication.\n</pre><p>Article 1er</p></body>';
    expect(htmlToLines(html)).toEqual([
      '3. The Penal Code is amended by adding the following after section 260:',
      '    260A. A person who knowingly benefits from trafficking commits an offence.',
      '',
      '4. This Act comes into force on publication.',
      'Article 1er',
    ]);
  });

  it('refuses a page with nothing but furniture', async () => {
    const error = await importLawFile(file('<html><body><nav>Menu</nav><script>x()</script></body></html>')).then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.code).toBe('empty-file');
    expect(error!.message).toMatch(/has no text once menus, scripts and page furniture are removed/);
  });
});
