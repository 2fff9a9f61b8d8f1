// The entry form: one field per field of the native content format, so what the console sends is read exactly like a
// content file, and each problem the server reports ("address.street", "phones[2].number") lands next to its field.
'use strict';

const EntryForm = (() => {
  const { el } = Console;

  const DAYS = [['mon', 'Lunedì'], ['tue', 'Martedì'], ['wed', 'Mercoledì'], ['thu', 'Giovedì'], ['fri', 'Venerdì'],
    ['sat', 'Sabato'], ['sun', 'Domenica']];
  const HOURS_HELP = 'Fasce separate da virgola, es. 09:00-12:00, 14:30-18:30; vuoto o «chiuso» se è chiuso.';

  const ID = { name: 'id', label: 'Identificativo', kind: 'text', required: true,
    help: 'Lettere minuscole, cifre e trattini, es. faq-orari-estivi. Non si può cambiare dopo la creazione.' };
  const TAIL = [
    { name: 'keywords', label: 'Parole chiave', kind: 'lines', help: 'Una per riga: le parole che la gente usa davvero.' },
    { name: 'lastReviewed', label: 'Data dell\'ultima verifica', kind: 'date', required: true },
    { name: 'source', label: 'Fonte delle informazioni', kind: 'text', required: true, help: 'Chi ha dato queste informazioni (ufficio, sito, telefono).' },
    { name: 'sample', label: 'Dati di esempio, ancora da verificare', kind: 'checkbox' },
  ];
  const ADDRESS = { name: 'address', label: 'Indirizzo', kind: 'group', fields: [
    { name: 'street', label: 'Via e numero civico', kind: 'text' },
    { name: 'postcode', label: 'CAP', kind: 'text' },
    { name: 'city', label: 'Città', kind: 'text' }] };
  const COORDINATES = { name: 'coordinates', label: 'Posizione sulla mappa', kind: 'group', fields: [
    { name: 'lat', label: 'Latitudine', kind: 'number', step: 'any' },
    { name: 'lon', label: 'Longitudine', kind: 'number', step: 'any' }] };
  const OPENING_HOURS = { name: 'openingHours', label: 'Orari di apertura', kind: 'group', fields: [
    ...DAYS.map(([key, label]) => ({ name: key, label, kind: 'text', help: key === 'mon' ? HOURS_HELP : null, emptyValue: 'chiuso' })),
    { name: 'publicHolidays', label: 'Nei giorni festivi', kind: 'select', options: [['closed', 'Chiuso'], ['open', 'Aperto']],
      emptyValue: 'closed' },
    { name: 'exceptions', label: 'Giorni con orario speciale', kind: 'repeat', item: 'giorno', fields: [
      { name: 'date', label: 'Data', kind: 'date' },
      { name: 'closed', label: 'Chiuso tutto il giorno', kind: 'checkbox', onlyWhenTrue: true },
      { name: 'hours', label: 'Orario di quel giorno', kind: 'text' },
      { name: 'note', label: 'Nota (es. Vigilia di Natale)', kind: 'text' }] },
    { name: 'note', label: 'Nota sugli orari', kind: 'text' }] };
  const PHONES = { name: 'phones', label: 'Telefoni', kind: 'repeat', item: 'telefono', fields: [
    { name: 'number', label: 'Numero', kind: 'text' },
    { name: 'label', label: 'A cosa serve (es. segreteria)', kind: 'text' }] };

  const SPECS = {
    faq: [ID,
      { name: 'questions', label: 'Domande', kind: 'lines', required: true, help: 'Una per riga, come le fanno le persone; la prima è il titolo.' },
      { name: 'answer', label: 'Risposta', kind: 'textarea', required: true, help: 'Frasi brevi e semplici: il chiosco la legge ad alta voce.' },
      { name: 'related', label: 'Schede collegate', kind: 'lines', help: 'Identificativi, uno per riga.' },
      ...TAIL],
    guide: [ID,
      { name: 'title', label: 'Titolo', kind: 'text', required: true },
      { name: 'description', label: 'Descrizione', kind: 'textarea' },
      { name: 'steps', label: 'Passi', kind: 'repeat', item: 'passo', required: true, fields: [
        { name: 'text', label: 'Cosa fare', kind: 'textarea' },
        { name: 'hint', label: 'Aiuto per chi si blocca', kind: 'text' }] },
      ...TAIL],
    activity: [ID,
      { name: 'title', label: 'Titolo', kind: 'text', required: true },
      { name: 'description', label: 'Descrizione', kind: 'textarea', required: true },
      { name: 'centre', label: 'Centro (identificativo)', kind: 'text', required: true, help: 'Es. csrc-zante.' },
      { name: 'room', label: 'Sala', kind: 'text' },
      { name: 'cost', label: 'Costo', kind: 'text' },
      { name: 'requirements', label: 'Requisiti', kind: 'text' },
      { name: 'schedule', label: 'Calendario', kind: 'group', required: true, fields: [
        { name: 'days', label: 'Giorni', kind: 'days' },
        { name: 'time', label: 'Ora di inizio', kind: 'text', help: 'HH:MM, es. 10:00.' },
        { name: 'durationMinutes', label: 'Durata in minuti', kind: 'number' },
        { name: 'from', label: 'Dal giorno', kind: 'date' },
        { name: 'until', label: 'Fino al giorno (facoltativo)', kind: 'date' },
        { name: 'everyWeeks', label: 'Ogni quante settimane', kind: 'number', help: '1 = ogni settimana, 2 = a settimane alterne.' },
        { name: 'except', label: 'Date senza incontro', kind: 'lines', help: 'Una per riga, AAAA-MM-GG.' },
        { name: 'skipHolidays', label: 'Nessun incontro nei giorni festivi', kind: 'checkbox' }] },
      { name: 'capacity', label: 'Posti per incontro', kind: 'number', required: true },
      { name: 'waitlist', label: 'Lista d\'attesa quando è pieno', kind: 'checkbox' },
      ...TAIL],
    centre: [ID,
      { name: 'name', label: 'Nome', kind: 'text', required: true },
      { name: 'kind', label: 'Tipo di centro', kind: 'select', required: true, options: [['CSRC', 'CSRC — centro socio ricreativo culturale'],
        ['CAM', 'CAM — centro di aggregazione multifunzionale'], ['ALER', 'Spazio ALER'], ['LIBRARY', 'Biblioteca'],
        ['HEALTH', 'Sanità (Casa di Comunità…)'], ['MUNICIPIO', 'Municipio'], ['OTHER', 'Altro']] },
      { name: 'description', label: 'Descrizione', kind: 'textarea' },
      { ...ADDRESS, required: true },
      { name: 'municipio', label: 'Municipio', kind: 'number', help: 'Da 1 a 9; 0 fuori Milano.' },
      { name: 'neighbourhood', label: 'Quartiere', kind: 'text' },
      COORDINATES, OPENING_HOURS, PHONES,
      { name: 'email', label: 'Email', kind: 'text' },
      { name: 'accessibility', label: 'Accessibilità', kind: 'textarea' },
      { name: 'howToGetThere', label: 'Come arrivare', kind: 'textarea' },
      ...TAIL],
    service: [ID,
      { name: 'name', label: 'Nome', kind: 'text', required: true },
      { name: 'description', label: 'Descrizione', kind: 'textarea', required: true },
      { name: 'eligibility', label: 'A chi è rivolto', kind: 'textarea' },
      { name: 'howToAccess', label: 'Come si accede', kind: 'lines', help: 'Un passo per riga.' },
      { name: 'documents', label: 'Documenti da portare', kind: 'lines', help: 'Uno per riga.' },
      { name: 'cost', label: 'Costo', kind: 'text' },
      { name: 'provider', label: 'Chi lo offre', kind: 'text' },
      { name: 'centres', label: 'Centri dove si trova', kind: 'lines', help: 'Identificativi, uno per riga, dal più vicino.' },
      { name: 'where', label: 'Dove, se non in un centro', kind: 'text' },
      ADDRESS, COORDINATES, OPENING_HOURS,
      { name: 'when', label: 'Quando (testo libero)', kind: 'text', help: 'Es. su appuntamento.' },
      PHONES,
      { name: 'email', label: 'Email', kind: 'text' },
      { name: 'website', label: 'Sito web', kind: 'text' },
      { name: 'languages', label: 'Lingue', kind: 'lines' },
      ...TAIL],
  };

  const domId = path => 'f-' + path.replace(/[^A-Za-z0-9]/g, '-');

  /** Renders the fields of a type with these values into form; readOnly disables every control. */
  function render(form, type, values, readOnly) {
    form.replaceChildren(...SPECS[type].map(spec => field(spec, spec.name, values ? values[spec.name] : undefined, readOnly)));
  }

  function label(spec, forId) {
    return el('label', { for: forId }, spec.label, spec.required ? el('span', { class: 'required', text: ' (obbligatorio)' }) : null);
  }

  function wrapper(path, spec, ...children) {
    return el('div', { class: 'field', 'data-path': path }, ...children);
  }

  function field(spec, path, value, readOnly) {
    const id = domId(path);
    const help = spec.help ? el('span', { class: 'help', id: id + '-help', text: spec.help }) : null;
    const described = spec.help ? id + '-help' : null;
    const common = { id, 'data-control': path, 'aria-describedby': described, disabled: readOnly };
    switch (spec.kind) {
      case 'text':
        return wrapper(path, spec, label(spec, id), help, el('input', { ...common, type: 'text', value: value ?? '' }));
      case 'number':
        return wrapper(path, spec, label(spec, id), help, el('input', { ...common, type: 'number', step: spec.step || '1', value: value ?? '' }));
      case 'date':
        return wrapper(path, spec, label(spec, id), help, el('input', { ...common, type: 'date', value: value ?? '' }));
      case 'textarea': {
        const area = el('textarea', { ...common, rows: 4 });
        area.value = value ?? '';
        return wrapper(path, spec, label(spec, id), help, area);
      }
      case 'lines': {
        const area = el('textarea', { ...common, rows: Math.max(3, Math.min(10, (value || []).length + 1)) });
        area.value = (value || []).join('\n');
        return wrapper(path, spec, label(spec, id), help, area);
      }
      case 'checkbox':
        return wrapper(path, spec, el('label', { for: id }, el('input', { ...common, type: 'checkbox', checked: value === true }), spec.label), help);
      case 'select': {
        const select = el('select', common, spec.required ? null : el('option', { value: '', text: '—' }),
          ...spec.options.map(([key, text]) => el('option', { value: key, text })));
        select.value = value ?? (spec.emptyValue || '');
        return wrapper(path, spec, label(spec, id), help, select);
      }
      case 'days': {
        const chosen = new Set(value || []);
        const boxes = DAYS.map(([key, text]) => el('label', {}, el('input', { type: 'checkbox', value: key, checked: chosen.has(key),
          disabled: readOnly, 'data-day': key }), text));
        return el('fieldset', { class: 'field', 'data-path': path, 'data-control': path, id },
          el('legend', { text: spec.label }), el('div', { class: 'days' }, ...boxes));
      }
      case 'group':
        return el('fieldset', { 'data-path': path, id },
          el('legend', {}, spec.label, spec.required ? el('span', { class: 'required', text: ' (obbligatorio)' }) : null),
          ...spec.fields.map(child => field(child, path + '.' + child.name, value ? value[child.name] : undefined, readOnly)));
      case 'repeat':
        return repeat(spec, path, value || [], readOnly);
      default:
        throw new Error('unknown field kind ' + spec.kind);
    }
  }

  function repeat(spec, path, items, readOnly) {
    const list = el('div', { class: 'items' });
    const box = el('fieldset', { 'data-path': path, 'data-repeat': path, id: domId(path) },
      el('legend', {}, spec.label, spec.required ? el('span', { class: 'required', text: ' (obbligatorio)' }) : null), list);
    const add = item => {
      const n = list.children.length + 1;
      const itemPath = path + '[' + n + ']';
      const remove = el('button', { type: 'button', class: 'danger', disabled: readOnly, text: 'Togli ' + spec.item + ' ' + n });
      const itemBox = el('fieldset', { 'data-path': itemPath, 'data-item': 'true' }, el('legend', { text: spec.item[0].toUpperCase()
        + spec.item.substring(1) + ' ' + n }), ...spec.fields.map(child => field(child, itemPath + '.' + child.name,
        item ? item[child.name] : undefined, readOnly)), remove);
      remove.addEventListener('click', () => {
        const values = [...list.children].filter(child => child !== itemBox).map(child =>
          collectFields(spec.fields, name => child.querySelector('[data-path="' + name + '"]'), child.dataset.path + '.'));
        list.replaceChildren();
        values.forEach(add);
      });
      list.append(itemBox);
    };
    items.forEach(add);
    box.append(el('button', { type: 'button', class: 'secondary', disabled: readOnly, text: 'Aggiungi ' + spec.item,
      onclick: () => add(null) }));
    box._spec = spec;
    return box;
  }

  /** The form's values as native fields; empty values are left out, as they would be in a file. */
  function collect(form, type) {
    return collectFields(SPECS[type], name => form.querySelector('[data-path="' + name + '"]'), '') || {};
  }

  function collectFields(specs, find, prefix) {
    const result = {};
    for (const spec of specs) {
      const value = collectOne(spec, find(prefix + spec.name), prefix + spec.name);
      if (value !== undefined) result[spec.name] = value;
    }
    return result;
  }

  function collectOne(spec, node, path) {
    if (!node) return undefined;
    const control = node.matches('[data-control]') ? node : node.querySelector('[data-control="' + path + '"]');
    switch (spec.kind) {
      case 'text': case 'date': case 'textarea': {
        const text = control.value.trim();
        return text === '' ? undefined : text;
      }
      case 'number': {
        const text = control.value.trim();
        if (text === '') return control.validity && control.validity.badInput ? 'non è un numero' : undefined;
        return isNaN(Number(text)) ? text : Number(text);
      }
      case 'lines': {
        const lines = control.value.split('\n').map(line => line.trim()).filter(line => line !== '');
        return lines.length ? lines : undefined;
      }
      case 'checkbox':
        return spec.onlyWhenTrue ? (control.checked ? true : undefined) : control.checked;
      case 'select':
        return control.value === '' ? undefined : control.value;
      case 'days': {
        const days = [...node.querySelectorAll('input[data-day]')].filter(box => box.checked).map(box => box.dataset.day);
        return days.length ? days : undefined;
      }
      case 'group': {
        const value = collectFields(spec.fields, name => node.querySelector('[data-path="' + name + '"]'), path + '.');
        const meaningful = spec.fields.some(child => value[child.name] !== undefined && child.kind !== 'checkbox'
          && value[child.name] !== child.emptyValue);
        return meaningful ? value : undefined;
      }
      case 'repeat': {
        const items = collectRepeat(spec, node.querySelector('.items'));
        return items.length ? items : undefined;
      }
      default:
        return undefined;
    }
  }

  function collectRepeat(spec, list) {
    return [...list.children].map(item => {
      const itemPath = item.dataset.path;
      return collectFields(spec.fields, name => item.querySelector('[data-path="' + name + '"]'), itemPath + '.');
    }).filter(item => Object.keys(item).length > 0);
  }

  /** Puts each problem next to the field it names (or the nearest enclosing one); returns those with no field. */
  function showProblems(form, problems) {
    clearProblems(form);
    const unplaced = [];
    for (const problem of problems) {
      let path = problem.field || '';
      let target = null;
      while (path) {
        target = form.querySelector('[data-path="' + CSS.escape(path) + '"]');
        if (target) break;
        const shorter = path.replace(/(\[\d+\]|\.[^.[\]]*)$/, '');
        if (shorter === path) break;
        path = shorter;
      }
      if (!target) {
        unplaced.push(problem);
        continue;
      }
      const errorId = domId(target.dataset.path) + '-error-' + target.querySelectorAll(':scope > .field-error').length;
      const message = el('p', { class: 'field-error', id: errorId, text: (problem.severity === 'warning' ? 'Avviso: ' : '')
        + Problems.italian(problem.message) });
      const legend = target.querySelector(':scope > legend');
      if (legend) legend.after(message); else target.append(message);
      const control = target.matches('[data-control]') && target.tagName !== 'FIELDSET' ? target
        : target.querySelector('[data-control]');
      if (control && problem.severity !== 'warning') {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', ((control.getAttribute('aria-describedby') || '') + ' ' + errorId).trim());
      }
    }
    return unplaced;
  }

  function clearProblems(form) {
    form.querySelectorAll('.field-error').forEach(node => node.remove());
    form.querySelectorAll('[aria-invalid]').forEach(node => {
      node.removeAttribute('aria-invalid');
      const kept = (node.getAttribute('aria-describedby') || '').split(' ').filter(id => id && !id.includes('-error-'));
      if (kept.length) node.setAttribute('aria-describedby', kept.join(' ')); else node.removeAttribute('aria-describedby');
    });
  }

  return { render, collect, showProblems, clearProblems, SPECS };
})();
