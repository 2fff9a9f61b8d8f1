'use strict';

(async () => {
  const { el, call, explain, say, clear, formatDay, formatWhen } = Console;
  const DAYS = { mon: 'lunedì', tue: 'martedì', wed: 'mercoledì', thu: 'giovedì', fri: 'venerdì', sat: 'sabato', sun: 'domenica' };
  const STATUS = { SCHEDULED: 'Si tiene', CANCELLED: 'Annullata', MOVED: 'Spostata' };
  const params = new URLSearchParams(location.search);

  const me = await Console.begin();
  if (!me) return;
  const mayChange = me.role !== 'tutor';
  const centreSelect = document.getElementById('centre');
  let activities = [];

  /** "martedì e giovedì alle 10:00, 60 minuti, dal 14/09/2026 al 30/06/2027, ogni 2 settimane". */
  function recurrence(activity) {
    const days = activity.days.map(day => DAYS[day] || day);
    const list = days.length > 1 ? days.slice(0, -1).join(', ') + ' e ' + days[days.length - 1] : days[0];
    return 'Ogni ' + list + (activity.everyWeeks > 1 ? ' (una settimana su ' + activity.everyWeeks + ')' : '')
      + ' alle ' + activity.time + ', ' + activity.durationMinutes + ' minuti; dal ' + formatDay(activity.from)
      + (activity.until ? ' al ' + formatDay(activity.until) : '') + '. ' + activity.capacity + ' posti, lista d\'attesa '
      + (activity.waitlist ? 'sì' : 'no') + (activity.room ? '. Sala: ' + activity.room : '') + '.';
  }

  function field(id, label, control) {
    control.id = id;
    return el('div', { class: 'field' }, el('label', { for: id, text: label }), control);
  }

  /** The Milan date and time of a session's start, as the form's inputs want them. */
  function localParts(session) {
    const local = session.id.substring(session.id.lastIndexOf('@') + 1);
    return { date: local.substring(0, 10), time: local.substring(11, 16) };
  }

  function panelFor(session, row, kind) {
    const panel = el('div', { class: 'inline-form', role: 'group', 'aria-label': 'Sessione di ' + formatWhen(session.start) });
    const key = session.id.replace(/[^A-Za-z0-9]/g, '-');
    const done = async (method, path, body, message) => {
      try {
        await call(method, path, body);
        await load();
        say('ok', message);
      } catch (error) {
        say('error', explain(error));
      }
    };
    const path = '/sessions/' + encodeURIComponent(session.id);
    if (kind === 'move') {
      const parts = localParts(session);
      const date = el('input', { type: 'date', value: parts.date });
      const time = el('input', { type: 'time', value: parts.time });
      const go = el('button', { type: 'button', class: 'confirm-move', text: 'Sposta la sessione' });
      go.addEventListener('click', () => done('POST', path + '/move', { start: date.value + 'T' + time.value },
        'sessione spostata; le persone prenotate sono da avvisare per telefono.'));
      panel.append(field('move-date-' + key, 'Nuovo giorno', date), field('move-time-' + key, 'Nuova ora', time), go);
    } else if (kind === 'capacity') {
      const seats = el('input', { type: 'number', min: '1', max: '500', value: String(session.capacity) });
      const go = el('button', { type: 'button', class: 'confirm-capacity', text: 'Cambia i posti' });
      go.addEventListener('click', () => done('PUT', path + '/capacity', { capacity: Number(seats.value) }, 'posti cambiati.'));
      panel.append(field('capacity-' + key, 'Posti (almeno ' + Math.max(1, session.confirmed) + ')', seats), go);
    } else {
      const affected = session.confirmed + session.waitlisted;
      const sentence = affected === 0 ? 'Nessuno è prenotato per questa sessione.'
        : 'Annullandola si cancellano ' + (affected === 1 ? '1 prenotazione' : affected + ' prenotazioni') + ' ('
          + session.confirmed + ' confermate, ' + session.waitlisted + ' in lista d\'attesa): sono persone da avvisare per telefono.';
      const yes = el('button', { type: 'button', class: 'danger confirm-cancel', text: 'Sì, annulla la sessione' });
      yes.addEventListener('click', () => done('POST', path + '/cancel', null,
        'sessione annullata' + (affected ? ': ' + affected + ' prenotazioni cancellate, da avvisare.' : '.')));
      const no = el('button', { type: 'button', class: 'secondary', text: 'No, lasciala' });
      no.addEventListener('click', () => panel.remove());
      panel.append(el('p', { class: 'cancel-warning' }, el('strong', { text: 'Attenzione: ' }), sentence), yes, no);
    }
    const next = row.nextElementSibling;
    if (next && next.classList.contains('panel-row')) next.remove();
    const panelRow = el('tr', { class: 'panel-row' }, el('td', { colspan: '7' }, panel));
    row.after(panelRow);
    panel.querySelector('input, button').focus();
  }

  function sessionRow(session) {
    const row = el('tr', { 'data-session': session.id });
    const actions = el('div', { class: 'actions' },
      el('a', { href: 'prenotazioni.html?session=' + encodeURIComponent(session.id), text: 'Prenotazioni' }));
    if (mayChange && session.status === 'SCHEDULED') {
      for (const [kind, label] of [['move', 'Sposta'], ['capacity', 'Posti'], ['cancel', 'Annulla']]) {
        const button = el('button', { type: 'button', class: 'secondary session-' + kind, text: label });
        button.addEventListener('click', () => panelFor(session, row, kind));
        actions.append(button);
      }
    }
    const status = session.status === 'SCHEDULED' ? STATUS.SCHEDULED
      : el('span', { class: 'badge cancelled', text: STATUS[session.status] || session.status });
    row.append(
      el('td', { text: formatWhen(session.start) + (session.origin === 'OPERATOR' ? ' (aggiunta)' : '') }),
      el('td', {}, status),
      el('td', { class: 'number', text: String(session.capacity) }),
      el('td', { class: 'number', text: String(session.confirmed) }),
      el('td', { class: 'number', text: String(session.waitlisted) }),
      el('td', { class: 'number', text: session.status === 'SCHEDULED' ? String(session.seatsLeft) : '—' }),
      el('td', {}, actions));
    return row;
  }

  function activitySection(activity, sessions) {
    const link = el('a', { href: 'entry.html?id=' + encodeURIComponent(activity.id),
      text: activity.mayEdit ? 'Modifica l\'attività' : 'Vedi la scheda' });
    const table = sessions.length ? el('table', { class: 'sessions' },
      el('caption', { text: 'Prossime sessioni di ' + activity.title }),
      el('thead', {}, el('tr', {}, ...['Quando', 'Stato', 'Posti', 'Confermati', 'In attesa', 'Liberi', 'Azioni']
        .map(name => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...sessions.map(sessionRow)))
      : el('p', { class: 'muted', text: 'Nessuna sessione in questo periodo.' });
    return el('section', { class: 'group activity', 'data-activity': activity.id, 'aria-labelledby': 'a-' + activity.id },
      el('h2', { id: 'a-' + activity.id, text: activity.title + (centreSelect.value ? '' : ' — ' + activity.centreName) }),
      el('p', { text: recurrence(activity) }), el('p', {}, link), table);
  }

  async function load() {
    clear();
    const centre = centreSelect.value;
    const from = document.getElementById('from').value;
    const query = new URLSearchParams();
    if (centre) query.set('centre', centre);
    activities = (await call('GET', '/activities?' + query)).body;
    if (from) query.set('from', from);
    const sessions = (await call('GET', '/sessions?' + query)).body;
    const box = document.getElementById('activities');
    box.replaceChildren(el('p', { text: activities.length === 1 ? '1 attività.' : activities.length + ' attività.' }),
      ...activities.map(activity => activitySection(activity, sessions.filter(session => session.activityId === activity.id))));
    const select = document.getElementById('new-activity-id');
    select.replaceChildren(...activities.filter(activity => activity.mayEdit)
      .map(activity => el('option', { value: activity.id, text: activity.title + ' — ' + activity.centreName })));
    document.getElementById('add-session').classList.toggle('hidden', !mayChange || !select.options.length);
  }

  document.getElementById('filters').addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await load();
    } catch (error) {
      say('error', explain(error));
    }
  });

  document.getElementById('add-session-form').addEventListener('submit', async event => {
    event.preventDefault();
    const date = document.getElementById('new-date').value;
    const time = document.getElementById('new-time').value;
    if (!date || !time) {
      say('error', 'Scegli il giorno e l\'ora della nuova sessione.');
      return;
    }
    const capacity = document.getElementById('new-capacity').value;
    const body = { activityId: document.getElementById('new-activity-id').value, start: date + 'T' + time };
    if (capacity) body.capacity = Number(capacity);
    try {
      const added = (await call('POST', '/sessions', body)).body;
      await load();
      say('ok', 'sessione aggiunta: ' + added.title + ', ' + formatWhen(added.start) + '.');
    } catch (error) {
      say('error', explain(error));
    }
  });

  if (mayChange) document.getElementById('create').classList.remove('hidden');
  try {
    await Console.fillCentres(centreSelect, me, params.get('centre'));
    await load();
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
