// Shared by every console page: calls to the server (with the session's CSRF token), the header with the menu for
// the account's role, messages. Text reaches the page only through textContent: nothing from the server is ever
// parsed as HTML.
'use strict';

const Console = (() => {
  const API = '/api/v1/admin';
  let csrf = '';

  const ROLE_NAMES = { admin: 'amministratore', operator: 'operatore', tutor: 'tutor' };
  const MENU = [
    { href: 'kb.html', label: 'Schede', roles: ['admin', 'operator', 'tutor'] },
    { href: 'kb.html?vista=rivedere', label: 'Da rivedere', roles: ['admin', 'operator', 'tutor'] },
    { href: 'import.html', label: 'Importa', roles: ['admin', 'operator'] },
    { href: 'unanswered.html', label: 'Domande senza risposta', roles: ['admin', 'operator'] },
    { href: 'attivita.html', label: 'Attività', roles: ['admin', 'operator', 'tutor'] },
    { href: 'prenotazioni.html', label: 'Prenotazioni', roles: ['admin', 'operator', 'tutor'] },
    { href: 'chiamate.html', label: 'Chiamate di aiuto', roles: ['admin', 'operator'] },
    { href: 'chioschi.html', label: 'Chioschi', roles: ['admin', 'operator', 'tutor'] },
    { href: 'utilizzo.html', label: 'Utilizzo', roles: ['admin', 'operator'] },
    { href: 'password.html', label: 'Cambia password', roles: ['admin', 'operator', 'tutor'] },
  ];
  const ERRORS = {
    forbidden: 'Non hai il permesso di farlo: la scheda appartiene a un altro centro, o il tuo ruolo non lo consente.',
    csrf: 'La sessione non è più valida: ricarica la pagina.',
    exists: 'Esiste già una scheda con questo identificativo.',
    not_found: 'Non trovata: forse è stata cancellata.',
    no_draft: 'Questa scheda non ha una bozza.',
    invalid_entry: 'Alcuni campi non vanno bene: leggi i messaggi accanto ai campi.',
    wrong_password: 'La password attuale non è corretta.',
    weak_password: 'La nuova password deve avere almeno 10 caratteri (e al massimo 72 byte).',
    same_password: 'La nuova password deve essere diversa da quella attuale.',
    too_many_attempts: 'Troppi tentativi sbagliati: aspetta un po\' e riprova.',
    invalid_credentials: 'Nome utente o password sbagliati.',
    missing_questions: 'Scrivi almeno una domanda.',
    unknown_question: 'Alcune domande non esistono più: ricarica la pagina.',
    type_changed: 'Il tipo di una scheda non si può cambiare.',
    unknown_session: 'Questa sessione non esiste (più): ricarica la pagina.',
    unknown_booking: 'Questa prenotazione non esiste (più): ricarica la pagina.',
    unknown_activity: 'Questa attività non esiste (più): ricarica la pagina.',
    session_cancelled: 'La sessione è annullata.',
    session_moved: 'La sessione è stata spostata: ricarica la pagina.',
    session_over: 'La sessione è già iniziata o finita: non si può più cambiare.',
    session_exists: 'C\'è già una sessione di questa attività a quell\'ora.',
    target_has_bookings: 'A quell\'ora c\'è già una sessione con delle prenotazioni: scegli un\'altra ora.',
    capacity_below_confirmed: 'I posti non possono essere meno delle prenotazioni confermate.',
    booking_cancelled: 'La prenotazione è cancellata.',
    full: 'Non c\'è un posto libero: aumenta i posti o aspetta una cancellazione.',
    not_waitlisted: 'Questa prenotazione non è in lista d\'attesa.',
    invalid_session: 'Controlla data, ora e posti: non vanno bene.',
    unknown_help_call: 'Questa chiamata non esiste (più): ricarica la pagina.',
    unknown_centre: 'Questo centro non esiste.',
    invalid_name: 'Il nome del chiosco può avere solo lettere minuscole, cifre e «-» (al massimo 60).',
  };

  /** What a kiosk said about why it called, in words. */
  const REASONS = {
    help_button: 'ha premuto il pulsante di aiuto',
    screen: 'ha toccato «Chiami una persona»',
    voice: 'ha chiesto un operatore',
    kiosk: 'chiede aiuto',
  };

  /** Builds an element; strings become text nodes, never markup. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || ('HTTP ' + status));
      this.status = status;
      this.code = (body && body.error) || 'http_' + status;
      this.body = body || {};
    }
  }

  async function call(method, path, body, options) {
    const headers = {};
    if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
    let payload;
    if (body !== undefined && body !== null) {
      if (options && options.raw) {
        payload = body;
        headers['Content-Type'] = 'text/plain; charset=UTF-8';
      } else {
        payload = JSON.stringify(body);
        headers['Content-Type'] = 'application/json';
      }
    }
    const response = await fetch(API + path, { method, headers, body: payload, credentials: 'same-origin' });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
    if (response.status === 401 && path !== '/login') {
      window.location.assign('index.html?scaduta=1');
      throw new ApiError(401, json);
    }
    if (!response.ok && !(options && options.accept && options.accept.includes(response.status))) {
      throw new ApiError(response.status, json);
    }
    return { status: response.status, body: json };
  }

  /** An Italian sentence for an error from the server. */
  function explain(error) {
    if (!(error instanceof ApiError)) return 'Il server non risponde: controlla la connessione e riprova.';
    return ERRORS[error.code] || ('Errore ' + error.status + ' (' + error.code + '): ' + error.message);
  }

  /** Shows a message in the page's live region; kind is "ok" or "error" (written out too, not only coloured). */
  function say(kind, text) {
    const box = document.getElementById('status');
    box.replaceChildren(el('p', { class: 'message ' + kind },
      el('strong', { text: kind === 'error' ? 'Errore: ' : 'Fatto: ' }), text));
    if (kind === 'error') box.focus();
  }

  function clear() {
    document.getElementById('status').replaceChildren();
  }

  /** Logs the page in: fills the header for the account, or goes to the login page. */
  async function start() {
    const me = (await call('GET', '/me')).body;
    csrf = me.csrfToken;
    const here = location.pathname.split('/').pop() + location.search;
    const menu = el('ul', {});
    for (const item of MENU.filter(entry => entry.roles.includes(me.role))) {
      const current = item.href === here || (item.href === 'kb.html' && here === 'kb.html?');
      menu.append(el('li', {}, el('a', { href: item.href, 'aria-current': current ? 'page' : false, text: item.label })));
    }
    document.getElementById('menu').replaceChildren(menu);
    const role = ROLE_NAMES[me.role] || me.role;
    document.getElementById('who').replaceChildren(
      el('p', { id: 'account' }, 'Connesso come ', el('strong', { text: me.username }), ' — ' + role
        + (me.centreId ? ', centro ' + (me.centreName || me.centreId) : '')),
      el('button', { type: 'button', class: 'secondary', id: 'logout', onclick: logout, text: 'Esci' }));
    if (me.role === 'admin' || me.role === 'operator') HelpAlerts.listen();
    return me;
  }

  /**
   * Opens a page for the account logged in: the account, or null when there is none (start() has already sent the
   * browser to the login) or the server could not be asked (the error is said on the page).
   */
  async function begin() {
    try {
      return await start();
    } catch (error) {
      if (error.status !== 401) say('error', explain(error));
      return null;
    }
  }

  /**
   * Fills a centre filter: an operator sees only their own centre, fixed; others every centre after "Tutti i centri",
   * with {@code chosen} selected (none: all of them).
   */
  async function fillCentres(select, me, chosen) {
    const centres = (await call('GET', '/entries?type=centre')).body.entries;
    if (me.role === 'operator') {
      const own = centres.find(centre => centre.id === me.centreId);
      select.append(el('option', { value: me.centreId, text: own ? own.title : me.centreId }));
      select.disabled = true;
      return;
    }
    select.append(el('option', { value: '', text: 'Tutti i centri' }));
    for (const centre of centres) select.append(el('option', { value: centre.id, text: centre.title }));
    select.value = chosen || '';
  }

  async function logout() {
    try { await call('POST', '/logout'); } finally { window.location.assign('index.html?uscito=1'); }
  }

  function formatDate(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString('it-IT', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function formatDay(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-');
    return d + '/' + m + '/' + y;
  }

  /** A moment as Milan's clocks show it, whatever the PC's time zone: "martedì 1 dicembre, 10:00". */
  function formatWhen(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString('it-IT', { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric',
      month: 'long', hour: '2-digit', minute: '2-digit' });
  }

  /** A date and time as Milan's clocks show it: "30 nov 2026, 09:00". */
  function formatStamp(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'medium', timeStyle: 'short' });
  }

  function formatTime(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' });
  }

  function reason(code) {
    return REASONS[code] || code;
  }

  const TYPES = { centre: 'Centro', service: 'Servizio', activity: 'Attività', guide: 'Guida', faq: 'FAQ' };

  return { el, call, explain, say, clear, start, begin, fillCentres, formatDate, formatDay, formatWhen, formatStamp, formatTime, reason, ApiError, TYPES,
    set csrf(value) { csrf = value; } };
})();

/**
 * Help calls, live on every page of admins and operators: the server pushes each new or taken call (Server-Sent
 * Events); an open call shows as a banner under the header, in words and with a button to take it. The browser
 * reconnects by itself; at each (re)connection the open calls are read again, so none is missed in between.
 */
const HelpAlerts = (() => {
  const listeners = [];
  const states = [];
  let box = null;

  function region() {
    if (!box) {
      box = Console.el('section', { id: 'help-alerts', class: 'help-alerts', role: 'alert', 'aria-live': 'assertive',
        'aria-label': 'Chiamate di aiuto aperte' });
      document.querySelector('header.top').after(box);
    }
    return box;
  }

  function where(call) {
    return 'chiosco ' + call.kiosk + (call.centreName ? ', ' + call.centreName : '');
  }

  function show(call) {
    const { el, call: api, explain, say, reason, formatTime } = Console;
    const existing = region().querySelector('[data-call-id="' + call.id + '"]');
    if (call.status !== 'OPEN') {
      if (existing) existing.remove();
      return;
    }
    const take = el('button', { type: 'button', class: 'take-call', text: 'Presa in carico' });
    take.addEventListener('click', async () => {
      take.disabled = true;
      try {
        const taken = (await api('POST', '/help-calls/' + call.id + '/acknowledge')).body;
        tell(taken);
      } catch (error) {
        take.disabled = false;
        say('error', explain(error));
      }
    });
    const alert = el('div', { class: 'help-alert', 'data-call-id': call.id },
      el('p', {}, el('strong', { text: 'Chiamata di aiuto' }), ' — ' + where(call) + ': ' + reason(call.reason)
        + ', alle ' + formatTime(call.calledAt) + '.'),
      take);
    if (existing) existing.replaceWith(alert); else region().append(alert);
  }

  /** A call arrived or changed: the banner and whoever else listens (the calls page) hear of it. */
  function tell(call) {
    show(call);
    listeners.forEach(listener => listener(call));
  }

  async function reload() {
    const recent = (await Console.call('GET', '/help-calls?limit=50')).body;
    region().replaceChildren();
    recent.slice().reverse().forEach(call => show(call));
  }

  function listen() {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/admin/help-calls/events');
    source.addEventListener('help-call', event => tell(JSON.parse(event.data)));
    const state = now => {
      document.body.dataset.helpCalls = now;
      states.forEach(listener => listener(now));
    };
    source.addEventListener('open', () => {
      state('live');
      reload().catch(() => {});
    });
    source.addEventListener('error', () => state('reconnecting'));
    window.addEventListener('pagehide', () => source.close());
  }

  return { listen, onCall: listener => listeners.push(listener), onState: listener => states.push(listener), where };
})();

/** The content loader's messages are English; the common ones are said in Italian, the rest shown as they are. */
const Problems = (() => {
  const RULES = [
    [/^is required but missing$/, () => 'è obbligatorio: compilalo.'],
    [/^is required and must not be empty$/, () => 'è obbligatorio: compilalo.'],
    [/^must not be empty$/, () => 'non può essere vuoto.'],
    [/^is required$/, () => 'è obbligatorio.'],
    [/^needs at least one item$/, () => 'serve almeno una voce.'],
    [/^must not contain empty items$/, () => 'ci sono voci vuote.'],
    [/^is not a known field and was ignored$/, () => 'campo sconosciuto: è stato ignorato.'],
    [/^must be 1 to 100 letters.*not '(.*)'$/, m => 'deve avere da 1 a 100 lettere, cifre, «.», «_» o «-», e iniziare con una lettera o una cifra (non «' + m[1] + '»).'],
    [/^'(.*)' is not the id of a centre$/, m => '«' + m[1] + '» non è l\'identificativo di un centro.'],
    [/^'(.*)' is not the id of an entry$/, m => '«' + m[1] + '» non è l\'identificativo di una scheda.'],
    [/^an Italian postcode has five digits, not '(.*)'$/, m => 'il CAP ha cinque cifre (non «' + m[1] + '»).'],
    [/^must be between 1 and 500 seats, not (.*)$/, m => 'i posti vanno da 1 a 500 (non ' + m[1] + ').'],
    [/^cannot change: .*$/, () => 'non si può cambiare: crea una nuova scheda con il nuovo identificativo.'],
    [/^'(.*)' is not yours to change.*$/, m => '«' + m[1] + '» non puoi modificarla: è di un altro centro o di tutti i centri.'],
  ];

  function italian(message) {
    for (const [pattern, say] of RULES) {
      const match = pattern.exec(message);
      if (match) return say(match);
    }
    return message + ' (messaggio tecnico)';
  }

  return { italian };
})();
