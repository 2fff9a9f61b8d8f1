'use strict';

(async () => {
  const { el, call, explain, say, formatDay, TYPES } = Console;
  const params = new URLSearchParams(location.search);
  const reviewing = params.get('vista') === 'rivedere';
  const form = document.getElementById('filters');

  const me = await Console.begin();
  if (!me) return;
  if (reviewing) {
    document.getElementById('title').textContent = 'Schede da rivedere';
    document.title = 'Da rivedere — Console Centri in Rete';
    document.getElementById('freshness').value = 'stale';
  }
  for (const name of ['q', 'type', 'centre', 'freshness']) {
    if (params.get(name)) document.getElementById(name).value = params.get(name);
  }
  if (me.role !== 'tutor') {
    document.getElementById('create').classList.remove('hidden');
    document.getElementById('new-entry').addEventListener('click', () => {
      window.location.assign('entry.html?nuova=' + encodeURIComponent(document.getElementById('new-type').value));
    });
  }

  async function loadCentres() {
    const centres = (await call('GET', '/entries?type=centre')).body.entries;
    const select = document.getElementById('centre');
    for (const centre of centres) {
      select.append(el('option', { value: centre.id, text: centre.title }));
    }
    if (params.get('centre')) select.value = params.get('centre');
  }

  function query() {
    const search = new URLSearchParams();
    for (const name of ['q', 'type', 'centre', 'freshness']) {
      const value = document.getElementById(name).value.trim();
      if (value) search.set(name, value);
    }
    if (document.getElementById('drafts').checked) search.set('drafts', 'true');
    return search;
  }

  async function search() {
    const results = document.getElementById('results');
    try {
      const found = (await call('GET', '/entries?' + query())).body;
      document.getElementById('intro').textContent = 'Una scheda è da rivedere quando nessuno la verifica da più di '
        + found.reviewMonths + ' mesi (cioè prima del ' + formatDay(found.reviewBefore) + ').';
      results.replaceChildren(table(found));
    } catch (error) {
      say('error', explain(error));
    }
  }

  function table(found) {
    const shown = found.entries.length;
    const caption = found.total === 0 ? 'Nessuna scheda trovata.'
      : (found.total === 1 ? '1 scheda trovata' : found.total + ' schede trovate')
        + (shown < found.total ? ', mostrate le prime ' + shown : '') + '.';
    const body = el('tbody', {});
    for (const entry of found.entries) {
      const state = [];
      if (!entry.published) state.push(el('span', { class: 'badge draft', text: 'Bozza nuova' }));
      else if (entry.hasDraft) state.push(el('span', { class: 'badge draft', text: 'Pubblicata, con bozza' }));
      else state.push('Pubblicata');
      body.append(el('tr', {},
        el('td', {}, el('a', { href: 'entry.html?id=' + encodeURIComponent(entry.id), text: entry.title })),
        el('td', { text: TYPES[entry.type] || entry.type }),
        el('td', { text: entry.centres.join(', ') || 'Tutti i centri' }),
        el('td', {}, formatDay(entry.lastReviewed), entry.stale ? [' ', el('span', { class: 'badge stale', text: 'Da rivedere' })] : [],
          entry.sample ? [' ', el('span', { class: 'muted', text: '(dati di esempio)' })] : []),
        el('td', {}, ...state),
        el('td', { text: entry.mayEdit ? 'Sì' : 'Solo lettura' })));
    }
    return el('table', { id: 'entries' },
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, ...['Titolo', 'Tipo', 'Centri', 'Ultima verifica', 'Stato', 'Puoi modificarla']
        .map(name => el('th', { scope: 'col', text: name })))),
      body);
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const wanted = query();
    if (reviewing) wanted.set('vista', 'rivedere');
    history.replaceState(null, '', 'kb.html?' + wanted);
    search();
  });

  try {
    await loadCentres();
  } catch (error) {
    say('error', explain(error));
  }
  await search();
  document.body.dataset.ready = 'true';
})();
