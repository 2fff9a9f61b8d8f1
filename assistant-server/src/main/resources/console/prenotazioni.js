'use strict';

(async () => {
  const { el, call, explain, say, clear, start, formatWhen } = Console;
  const STATUS = { CONFIRMED: 'Confermata', WAITLISTED: 'In lista d\'attesa', CANCELLED: 'Cancellata' };
  const CALLS = { PROMOTED: 'confermata dalla lista d\'attesa', SESSION_CANCELLED: 'sessione annullata', SESSION_MOVED: 'sessione spostata' };
  const params = new URLSearchParams(location.search);
  const picker = document.getElementById('session');

  const me = await Console.begin();
  if (!me) return;
  const mayChange = me.role !== 'tutor';

  function label(session) {
    const taken = session.confirmed + session.waitlisted;
    return session.title + ' — ' + formatWhen(session.start) + ' (' + (taken === 1 ? '1 prenotazione' : taken + ' prenotazioni') + ')';
  }

  async function loadSessions() {
    const query = me.role === 'operator' ? '?centre=' + encodeURIComponent(me.centreId) : '';
    const sessions = (await call('GET', '/sessions' + query)).body.filter(session => session.status === 'SCHEDULED');
    picker.replaceChildren(el('option', { value: '', text: 'Scegli una sessione…' }),
      ...sessions.map(session => el('option', { value: session.id, text: label(session) })));
    const wanted = params.get('session');
    if (wanted && !sessions.some(session => session.id === wanted)) {
      try {
        const session = (await call('GET', '/sessions/' + encodeURIComponent(wanted))).body;
        picker.append(el('option', { value: session.id, text: label(session) }));
      } catch (error) {
        say('error', explain(error));
        return;
      }
    }
    picker.value = wanted || '';
  }

  /** Runs a change to one booking, then shows the register again with what the server says now. */
  async function act(sessionId, method, path, body, message) {
    try {
      await call(method, path, body);
      await show(sessionId);
      say('ok', message);
    } catch (error) {
      say('error', explain(error));
    }
  }

  function bookingRow(session, booking, firstWaiting) {
    const who = booking.name || '(nome cancellato)';
    const path = '/bookings/' + encodeURIComponent(booking.code);
    const present = el('input', { type: 'checkbox', class: 'attendance', 'aria-label': 'Presente: ' + who,
      disabled: !mayChange || booking.status === 'CANCELLED' });
    present.checked = booking.attended === true;
    present.addEventListener('change', async () => {
      try {
        await call('PUT', path + '/attendance', { attended: present.checked });
        say('ok', who + (present.checked ? ': presente.' : ': assente.'));
      } catch (error) {
        present.checked = !present.checked;
        say('error', explain(error));
      }
    });
    const actions = el('div', { class: 'actions' });
    if (mayChange && booking.status === 'WAITLISTED') {
      const confirm = el('button', { type: 'button', class: 'confirm-waiting',
        text: booking.code === firstWaiting ? 'Conferma (è la prima in attesa)' : 'Conferma' });
      confirm.addEventListener('click', () => act(session.id, 'POST', path + '/confirm', null,
        who + ' ha il posto: va avvisata per telefono.'));
      actions.append(confirm);
    }
    if (mayChange && booking.callReason) {
      const called = el('button', { type: 'button', class: 'secondary mark-called', text: 'Chiamata fatta' });
      called.addEventListener('click', () => act(session.id, 'POST', path + '/called', null, who + ' è stata avvisata.'));
      actions.append(called);
    }
    if (mayChange && booking.status !== 'CANCELLED') {
      const cancel = el('button', { type: 'button', class: 'danger cancel-booking', text: 'Cancella' });
      cancel.addEventListener('click', () => {
        const yes = el('button', { type: 'button', class: 'danger confirm-cancel', text: 'Sì, cancella' });
        yes.addEventListener('click', () => act(session.id, 'POST', path + '/cancel', null, 'prenotazione di ' + who + ' cancellata.'));
        const no = el('button', { type: 'button', class: 'secondary', text: 'No' });
        no.addEventListener('click', () => show(session.id));
        actions.replaceChildren(el('span', { text: 'Cancellare la prenotazione di ' + who + '?' }), yes, no);
        yes.focus();
      });
      actions.append(cancel);
    }
    const status = booking.status === 'WAITLISTED' ? STATUS.WAITLISTED + ' (n. ' + booking.waitlistPosition + ')'
      : STATUS[booking.status] || booking.status;
    return el('tr', { 'data-code': booking.code },
      el('td', { text: booking.code }),
      el('td', { text: who }),
      el('td', { text: booking.phone || (booking.card ? 'tessera ' + booking.card : '—') }),
      el('td', { text: status }),
      el('td', {}, present),
      el('td', { class: 'no-print', text: booking.callReason ? 'Da chiamare: ' + (CALLS[booking.callReason] || booking.callReason) : '' }),
      el('td', { class: 'no-print' }, actions),
      el('td', { class: 'print-only signature' }));
  }

  async function show(sessionId) {
    const box = document.getElementById('register');
    if (!sessionId) {
      box.replaceChildren(el('p', { text: 'Scegli una sessione per vederne le prenotazioni.' }));
      return;
    }
    const path = '/sessions/' + encodeURIComponent(sessionId);
    const session = (await call('GET', path)).body;
    const bookings = (await call('GET', path + '/bookings')).body;
    const first = bookings.find(booking => booking.status === 'WAITLISTED');
    const csv = el('a', { href: '/api/v1/admin' + path + '/bookings.csv', id: 'csv', text: 'Scarica l\'elenco per Excel (CSV)' });
    const print = el('button', { type: 'button', class: 'secondary', id: 'print', text: 'Stampa l\'elenco' });
    print.addEventListener('click', () => window.print());
    const active = bookings.filter(booking => booking.status !== 'CANCELLED');
    box.replaceChildren(
      el('h2', { id: 'register-title', text: session.title + ' — ' + formatWhen(session.start) }),
      el('p', { text: session.capacity + ' posti: ' + session.confirmed + ' confermati, ' + session.waitlisted
        + ' in lista d\'attesa, ' + session.seatsLeft + ' liberi.' + (session.status === 'SCHEDULED' ? '' : ' Sessione '
        + (session.status === 'CANCELLED' ? 'annullata.' : 'spostata.')) }),
      el('div', { class: 'actions no-print' }, csv, print),
      active.length || bookings.length ? el('table', { id: 'bookings' },
        el('caption', { text: (bookings.length === 1 ? '1 prenotazione' : bookings.length + ' prenotazioni')
          + ': prima le confermate, poi la lista d\'attesa in ordine, poi le cancellate.' }),
        el('thead', {}, el('tr', {},
          ...['Codice', 'Nome', 'Telefono', 'Stato', 'Presente'].map(name => el('th', { scope: 'col', text: name })),
          el('th', { scope: 'col', class: 'no-print', text: 'Da chiamare' }),
          el('th', { scope: 'col', class: 'no-print', text: 'Azioni' }),
          el('th', { scope: 'col', class: 'print-only', text: 'Firma' }))),
        el('tbody', {}, ...bookings.map(booking => bookingRow(session, booking, first && first.code))))
        : el('p', { text: 'Nessuna prenotazione per questa sessione.' }),
      el('p', { class: 'print-only', text: 'Firma dell\'operatore: ______________________________' }));
    document.title = 'Prenotazioni: ' + session.title + ' — Console Centri in Rete';
  }

  document.getElementById('pick').addEventListener('submit', async event => {
    event.preventDefault();
    clear();
    history.replaceState(null, '', 'prenotazioni.html' + (picker.value ? '?session=' + encodeURIComponent(picker.value) : ''));
    try {
      await show(picker.value);
    } catch (error) {
      say('error', explain(error));
    }
  });

  try {
    await loadSessions();
    await show(picker.value);
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
