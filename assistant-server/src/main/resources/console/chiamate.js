'use strict';

(async () => {
  const { el, call, explain, say, formatStamp, reason } = Console;
  const STATUS = { OPEN: 'Aperta', ACKNOWLEDGED: 'Presa in carico' };

  if (!await Console.begin()) return;
  const live = document.getElementById('live');
  HelpAlerts.onState(state => {
    live.textContent = state === 'live' ? 'In ascolto: le nuove chiamate compaiono da sole, in cima alla pagina.'
      : 'Collegamento interrotto: riprovo da solo tra pochi secondi.';
  });

  function row(help) {
    const state = help.status === 'OPEN' ? el('span', { class: 'badge open', text: STATUS.OPEN }) : STATUS[help.status] || help.status;
    return el('tr', { 'data-call-id': help.id },
      el('td', { text: formatStamp(help.calledAt) }),
      el('td', { text: help.kiosk }),
      el('td', { text: help.centreName || '—' }),
      el('td', { text: reason(help.reason) }),
      el('td', {}, state),
      el('td', { text: help.acknowledgedBy ? help.acknowledgedBy + ', ' + formatStamp(help.acknowledgedAt) : '' }));
  }

  function table(calls) {
    return el('table', { id: 'calls-table' },
      el('caption', { text: calls.length ? 'Le chiamate più recenti, la più nuova in alto.' : 'Nessuna chiamata finora.' }),
      el('thead', {}, el('tr', {}, ...['Quando', 'Chiosco', 'Centro', 'Motivo', 'Stato', 'Presa da']
        .map(name => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...calls.map(row)));
  }

  /** A call pushed by the server: its row is replaced, or added on top. */
  HelpAlerts.onCall(help => {
    const body = document.querySelector('#calls-table tbody');
    if (!body) return;
    const existing = body.querySelector('[data-call-id="' + help.id + '"]');
    if (existing) existing.replaceWith(row(help)); else body.prepend(row(help));
    document.querySelector('#calls-table caption').textContent = 'Le chiamate più recenti, la più nuova in alto.';
  });

  try {
    const calls = (await call('GET', '/help-calls?limit=100')).body;
    document.getElementById('calls').replaceChildren(table(calls));
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
