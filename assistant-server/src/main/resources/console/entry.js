'use strict';

(async () => {
  const { el, call, explain, say, clear, formatDate, formatDay, TYPES, ApiError } = Console;
  const params = new URLSearchParams(location.search);
  const form = document.getElementById('entry');
  const ACTIONS = {
    'entry.create': 'ha creato la bozza', 'entry.draft': 'ha salvato una bozza', 'entry.publish': 'ha pubblicato',
    'entry.discard': 'ha scartato la bozza', 'entry.import': 'ha importato da file', 'entry.delete': 'ha cancellato',
    'entry.faq-from-questions': 'ha creato la FAQ da domande senza risposta',
    'entry.link-question': 'ha aggiunto una domanda senza risposta',
  };

  form.addEventListener('submit', event => event.preventDefault());
  const me = await Console.begin();
  if (!me) return;

  let id = params.get('id');
  let type = params.get('nuova');
  let data = null;

  async function load() {
    if (!id) {
      if (!TYPES[type]) {
        say('error', 'Tipo di scheda sconosciuto.');
        return;
      }
      document.getElementById('title').textContent = 'Nuova scheda: ' + TYPES[type];
      document.title = 'Nuova scheda — Console Centri in Rete';
      document.getElementById('state').textContent = 'Non ancora salvata. Salva una bozza, poi pubblicala quando è pronta.';
      const today = new Date().toISOString().substring(0, 10);
      EntryForm.render(form, type, { lastReviewed: today, sample: false, ...(type === 'activity'
        ? { schedule: { skipHolidays: true, everyWeeks: 1 } } : {}) }, me.role === 'tutor');
      buttons(me.role !== 'tutor', false, false);
      document.getElementById('history').replaceChildren(el('p', { class: 'muted', text: 'Nessuna modifica: la scheda è nuova.' }));
      return;
    }
    data = (await call('GET', '/entries/' + encodeURIComponent(id))).body;
    type = data.type;
    const values = data.draft ? data.draft.fields : data.published;
    const heading = (values.name || values.title || (values.questions || [])[0] || id);
    document.getElementById('title').textContent = TYPES[type] + ': ' + heading;
    document.title = heading + ' — Console Centri in Rete';
    const state = [];
    if (data.published && data.draft) state.push('Pubblicata. C\'è una bozza non ancora pubblicata, salvata da ' + data.draft.savedBy
      + ' il ' + formatDate(data.draft.savedAt) + ': qui sotto vedi la bozza.');
    else if (data.draft) state.push('Bozza nuova, mai pubblicata: i chioschi non la vedono. Salvata da ' + data.draft.savedBy
      + ' il ' + formatDate(data.draft.savedAt) + '.');
    else state.push('Pubblicata: i chioschi la usano per rispondere.');
    if (data.stale) state.push(' Da rivedere: l\'ultima verifica è del ' + formatDay(data.published.lastReviewed) + '.');
    if (!data.mayEdit) state.push(' Puoi solo leggerla: ' + (me.role === 'tutor' ? 'i tutor non modificano le schede.'
      : 'appartiene a un altro centro o a tutti i centri.'));
    document.getElementById('state').textContent = state.join('');
    EntryForm.render(form, type, values, !data.mayEdit);
    // an entry keeps its id: kiosks, FAQs and bookings refer to it
    form.querySelector('[data-control=id]').readOnly = true;
    buttons(data.mayEdit, Boolean(data.draft), Boolean(data.published));
    await showHistory();
  }

  function buttons(editable, hasDraft, published) {
    if (!editable) return;
    const row = el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'reviewed', class: 'secondary', text: 'Verificata oggi', onclick: reviewedToday }),
      el('button', { type: 'button', id: 'save', class: 'secondary', text: 'Salva bozza', onclick: () => save(false) }),
      el('button', { type: 'button', id: 'publish', text: 'Pubblica', onclick: () => save(true) }),
      hasDraft ? el('button', { type: 'button', id: 'discard', class: 'danger', text: published ? 'Scarta la bozza' : 'Elimina la bozza',
        onclick: discard }) : null);
    form.append(row);
  }

  function reviewedToday() {
    const field = form.querySelector('[data-control="lastReviewed"]');
    field.value = new Date().toISOString().substring(0, 10);
    say('ok', 'Data di verifica impostata a oggi: ricordati di pubblicare.');
  }

  async function save(andPublish) {
    clear();
    EntryForm.clearProblems(form);
    const fields = EntryForm.collect(form, type);
    try {
      if (!id) {
        await call('POST', '/entries', { type, fields });
        id = fields.id;
        window.history.replaceState(null, '', 'entry.html?id=' + encodeURIComponent(id));
      } else {
        await call('PUT', '/entries/' + encodeURIComponent(id) + '/draft', { type, fields });
      }
      if (andPublish) {
        await call('POST', '/entries/' + encodeURIComponent(id) + '/publish');
      }
      await load();
      say('ok', andPublish ? 'Scheda pubblicata: i chioschi la usano da subito.' : 'Bozza salvata: i chioschi non la vedono finché non la pubblichi.');
    } catch (error) {
      problems(error);
    }
  }

  function problems(error) {
    if (error instanceof ApiError && error.code === 'invalid_entry') {
      const list = error.body.problems || [];
      const unplaced = EntryForm.showProblems(form, list);
      const errors = list.filter(problem => problem.severity === 'error');
      const box = document.getElementById('status');
      box.replaceChildren(el('div', { class: 'message error' },
        el('p', {}, el('strong', { text: 'Errore: ' }), 'la scheda non è stata salvata. '
          + (errors.length === 1 ? 'C\'è 1 campo da correggere' : 'Ci sono ' + errors.length + ' campi da correggere')
          + ': il messaggio è accanto a ciascun campo.'),
        unplaced.length ? el('ul', {}, ...unplaced.map(problem => el('li', { text: (problem.field ? problem.field + ': ' : '')
          + Problems.italian(problem.message) }))) : null));
      box.focus();
      return;
    }
    say('error', explain(error));
  }

  async function discard() {
    if (!window.confirm('Scartare la bozza? Le modifiche non pubblicate andranno perse.')) return;
    try {
      await call('DELETE', '/entries/' + encodeURIComponent(id) + '/draft');
      if (data && data.published) {
        await load();
        say('ok', 'Bozza scartata: resta la versione pubblicata.');
      } else {
        window.location.assign('kb.html');
      }
    } catch (error) {
      say('error', explain(error));
    }
  }

  async function showHistory() {
    const events = (await call('GET', '/entries/' + encodeURIComponent(id) + '/history')).body;
    const box = document.getElementById('history');
    if (!events.length) {
      box.replaceChildren(el('p', { class: 'muted', text: 'Nessuna modifica fatta dalla console: la scheda viene dai file di contenuto.' }));
      return;
    }
    box.replaceChildren(el('table', { id: 'history-table' },
      el('caption', { text: 'Chi ha cambiato questa scheda, e quando (la più recente in alto).' }),
      el('thead', {}, el('tr', {}, ...['Quando', 'Chi', 'Cosa'].map(name => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...events.map(event => el('tr', {},
        el('td', { text: formatDate(event.at) }),
        el('td', { text: event.username }),
        el('td', { text: (ACTIONS[event.action] || event.action) + (event.detail ? ' (' + event.detail + ')' : '') }))))));
  }

  try {
    await load();
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
