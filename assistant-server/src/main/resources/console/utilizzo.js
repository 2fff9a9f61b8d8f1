'use strict';

(async () => {
  const { el, call, explain, say, formatDay } = Console;
  const centreSelect = document.getElementById('centre');

  const me = await Console.begin();
  if (!me) return;

  function share(week) {
    return week.answeredShare === null ? '—' : Math.round(week.answeredShare * 100) + '%';
  }

  async function load() {
    const query = new URLSearchParams({ weeks: document.getElementById('weeks').value });
    if (centreSelect.value) query.set('centre', centreSelect.value);
    const usage = (await call('GET', '/usage?' + query)).body;
    const rows = usage.weeks.map(week => el('tr', {},
      el('th', { scope: 'row', text: week.week + ' (dal ' + formatDay(week.weekStart) + ')' }),
      el('td', { text: week.centreName || 'Nessun centro' }),
      el('td', { class: 'number', text: String(week.asked) }),
      el('td', { class: 'number', text: String(week.answered) }),
      el('td', { class: 'number', text: share(week) }),
      el('td', { class: 'number', text: String(week.bookings) })));
    document.getElementById('usage').replaceChildren(el('table', { id: 'usage-table' },
      el('caption', { text: 'Dal ' + formatDay(usage.from) + ' al ' + formatDay(usage.to) + (rows.length ? ', la settimana più recente in alto.'
        : ': nessuna domanda e nessuna prenotazione.') }),
      el('thead', {}, el('tr', {}, ...['Settimana', 'Centro', 'Domande', 'Con risposta', 'Quota con risposta', 'Prenotazioni']
        .map(name => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...rows)));
  }

  document.getElementById('filters').addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await load();
    } catch (error) {
      say('error', explain(error));
    }
  });

  try {
    await Console.fillCentres(centreSelect, me);
    await load();
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
