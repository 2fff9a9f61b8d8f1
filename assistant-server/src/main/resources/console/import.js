'use strict';

(async () => {
  const { el, call, explain, say, clear, start } = Console;
  const FOLDERS = { centre: 'centres', service: 'services', activity: 'activities', guide: 'guides', faq: 'faq' };

  if (!await Console.begin()) return;

  /** The name the server reads the file by: "services/x.yaml" for a native entry, "x.hsds.json" for HSDS. */
  function nameFor(file, text, format) {
    const base = file.name.replace(/[^A-Za-z0-9._-]/g, '-');
    const chosen = format === 'auto'
      ? (/\.json$/i.test(base) ? 'hsds' : ((/^type:\s*([a-z]+)\s*$/m.exec(text) || [])[1] || ''))
      : format;
    if (chosen === 'hsds') return /\.hsds\.json$/i.test(base) ? base : base.replace(/\.json$/i, '') + '.hsds.json';
    if (FOLDERS[chosen]) return FOLDERS[chosen] + '/' + base;
    return null;
  }

  function report(file, name, status, body) {
    const stored = status === 200;
    const dropped = stored ? (body.problems || []).filter(problem => problem.severity === 'error').length : 0;
    const problems = [...(body.problems || [])].sort((a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
    const rows = problems.map(problem => el('tr', {},
      el('td', { text: problem.file }),
      el('td', { text: problem.line > 0 ? String(problem.line) : '—' }),
      el('td', { text: problem.field || '—' }),
      el('td', { text: problem.severity === 'error' ? 'Errore' : 'Avviso' }),
      el('td', { text: Problems.italian(problem.message) })));
    const links = ids => ids.length ? el('ul', {}, ...ids.map(id => el('li', {},
      el('a', { href: 'entry.html?id=' + encodeURIComponent(id), text: id })))) : el('p', { class: 'muted', text: 'Nessuna.' });
    return el('section', { class: 'group report', 'aria-label': 'Resoconto di ' + file.name },
      el('h2', { text: file.name }),
      el('p', { class: 'message ' + (stored ? 'ok' : 'error') },
        el('strong', { text: !stored ? 'Non importato. ' : dropped ? 'Importato in parte. ' : 'Importato. ' }),
        stored ? (body.added.length + ' schede aggiunte, ' + body.changed.length + ' modificate'
          + (dropped ? '; ' + dropped + (dropped === 1 ? ' errore: quel valore o quella scheda è stato scartato'
            : ' errori: quei valori o quelle schede sono stati scartati') + ', il resto è salvato.'
            : rows.length ? ', ' + rows.length + ' avvisi.' : '.'))
          : 'Nel file non c\'è nulla di valido da salvare: non è stato salvato nulla. Correggi e riprova.'),
      el('p', { class: 'muted', text: 'Letto come ' + name + '.' }),
      stored ? [el('h3', { text: 'Aggiunte (' + body.added.length + ')' }), links(body.added),
        el('h3', { text: 'Modificate (' + body.changed.length + ')' }), links(body.changed)] : [],
      rows.length ? el('table', {},
        el('caption', { text: (dropped || !stored ? 'Errori e avvisi' : 'Avvisi') + ' (' + rows.length + ')' }),
        el('thead', {}, el('tr', {}, ...['File', 'Riga', 'Campo', 'Gravità', 'Messaggio'].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows)) : null);
  }

  document.getElementById('upload').addEventListener('submit', async event => {
    event.preventDefault();
    clear();
    const files = [...document.getElementById('files').files];
    const format = document.getElementById('format').value;
    const reports = document.getElementById('reports');
    reports.replaceChildren();
    if (!files.length) {
      say('error', 'Scegli almeno un file.');
      return;
    }
    let imported = 0;
    for (const file of files) {
      const text = await file.text();
      const name = nameFor(file, text, format);
      if (!name) {
        reports.append(el('section', { class: 'group report' }, el('h2', { text: file.name }),
          el('p', { class: 'message error' }, el('strong', { text: 'Non importato. ' }),
            'Non capisco che scheda sia: scegli il formato nel menu «Formato».')));
        continue;
      }
      try {
        const result = await call('POST', '/import?name=' + encodeURIComponent(name), text, { raw: true, accept: [422] });
        if (result.status === 200) imported++;
        reports.append(report(file, name, result.status, result.body));
      } catch (error) {
        reports.append(el('section', { class: 'group report' }, el('h2', { text: file.name }),
          el('p', { class: 'message error' }, el('strong', { text: 'Non importato. ' }), explain(error))));
      }
    }
    say(imported === files.length ? 'ok' : 'error', imported + (imported === 1 ? ' file importato' : ' file importati') + ' su '
      + files.length + ': il resoconto è qui sotto.');
  });
  document.body.dataset.ready = 'true';
})();
