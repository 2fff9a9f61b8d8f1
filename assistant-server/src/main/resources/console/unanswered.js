'use strict';

(async () => {
  const { el, call, explain, say, clear, formatDate, ApiError } = Console;
  const me = await Console.begin();
  if (!me) return;
  const mayWriteFaq = me.role === 'admin';
  let entries = [];
  let counter = 0;

  function field(id, labelText, control, help) {
    const helpNode = help ? el('span', { class: 'help', id: id + '-help', text: help }) : null;
    if (help) control.setAttribute('aria-describedby', id + '-help');
    control.id = id;
    return el('div', { class: 'field', 'data-path': control.dataset.path }, el('label', { for: id, text: labelText }), helpNode, control);
  }

  function textarea(path, value, rows) {
    const area = el('textarea', { rows: rows || 3, 'data-path': path, 'data-control': path });
    area.value = value;
    return area;
  }

  function faqForm(group, section) {
    const n = ++counter;
    const questions = textarea('questions', [group.text, ...group.variants].join('\n'), 3);
    const answer = textarea('answer', '', 4);
    const keywords = textarea('keywords', '', 2);
    const form = el('form', { class: 'faq-form', novalidate: true, 'aria-label': 'Nuova FAQ per: ' + group.text },
      field('faq-questions-' + n, 'Domande della FAQ (una per riga)', questions),
      field('faq-answer-' + n, 'Risposta', answer, 'Frasi brevi e semplici: il chiosco la legge ad alta voce.'),
      field('faq-keywords-' + n, 'Parole chiave (una per riga, facoltative)', keywords),
      el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Pubblica la FAQ' })));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      form.querySelectorAll('.field-error').forEach(node => node.remove());
      form.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
      const lines = area => area.value.split('\n').map(line => line.trim()).filter(Boolean);
      try {
        const report = (await call('POST', '/unanswered/faq', { questionIds: group.ids, questions: lines(questions),
          answer: answer.value.trim(), keywords: lines(keywords) })).body;
        const id = report.added[0] || report.changed[0];
        section.replaceChildren(el('h2', { text: group.text }), el('p', { class: 'message ok' }, el('strong', { text: 'Fatto: ' }),
          'FAQ pubblicata, i chioschi rispondono da subito. ', el('a', { href: 'entry.html?id=' + encodeURIComponent(id), text: 'Apri la FAQ ' + id })));
        section.querySelector('a').focus();
      } catch (error) {
        showFieldProblems(form, error);
      }
    });
    return form;
  }

  function showFieldProblems(form, error) {
    if (!(error instanceof ApiError) || error.code !== 'invalid_entry') {
      say('error', explain(error));
      return;
    }
    const loose = [];
    for (const problem of error.body.problems || []) {
      const name = (problem.field || '').replace(/\[\d+\].*$/, '');
      const control = form.querySelector('[data-control="' + CSS.escape(name) + '"]');
      if (!control) {
        loose.push(problem);
        continue;
      }
      control.setAttribute('aria-invalid', 'true');
      control.closest('.field').append(el('p', { class: 'field-error', text: Problems.italian(problem.message) }));
    }
    say('error', 'La FAQ non è stata pubblicata: correggi i campi segnati.'
      + loose.map(problem => ' ' + (problem.field ? problem.field + ': ' : '') + Problems.italian(problem.message)).join(''));
  }

  function linkForm(group, section) {
    const n = ++counter;
    const input = el('input', { type: 'text', list: 'entry-ids', autocomplete: 'off', 'data-control': 'entryId' });
    const form = el('form', { class: 'link-form', novalidate: true, 'aria-label': 'Collega a una scheda: ' + group.text },
      field('link-entry-' + n, 'Scheda che risponde (identificativo)', input,
        'Scrivi parte del titolo o dell\'identificativo e scegli dalla lista. La domanda diventa una parola chiave della scheda '
        + '(o una domanda in più, se è una FAQ).'),
      el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Collega e pubblica' })));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const entryId = input.value.trim().replace(/\s+—.*$/, '');
      try {
        await call('POST', '/unanswered/link', { questionIds: group.ids, entryId });
        section.replaceChildren(el('h2', { text: group.text }), el('p', { class: 'message ok' }, el('strong', { text: 'Fatto: ' }),
          'domanda aggiunta a ', el('a', { href: 'entry.html?id=' + encodeURIComponent(entryId), text: entryId }), ' e pubblicata.'));
        section.querySelector('a').focus();
      } catch (error) {
        showFieldProblems(form, error);
      }
    });
    return form;
  }

  function groupSection(group) {
    const section = el('section', { class: 'group', 'aria-labelledby': 'g-' + group.ids[0] });
    const actions = el('div', { class: 'actions' });
    const panel = el('div', {});
    const open = (button, make) => {
      panel.replaceChildren(make(group, section));
      actions.querySelectorAll('button').forEach(other => other.setAttribute('aria-expanded', String(other === button)));
      panel.querySelector('textarea, input').focus();
    };
    if (mayWriteFaq) {
      const faq = el('button', { type: 'button', class: 'make-faq', 'aria-expanded': 'false', text: 'Crea una FAQ' });
      faq.addEventListener('click', () => open(faq, faqForm));
      actions.append(faq);
    }
    const link = el('button', { type: 'button', class: 'secondary link-entry', 'aria-expanded': 'false', text: 'Collega a una scheda' });
    link.addEventListener('click', () => open(link, linkForm));
    const handled = el('button', { type: 'button', class: 'secondary mark-handled', text: 'Segna come gestita' });
    handled.addEventListener('click', async () => {
      try {
        await call('POST', '/unanswered/handled', { questionIds: group.ids });
        section.replaceChildren(el('h2', { text: group.text }), el('p', { class: 'message ok' }, el('strong', { text: 'Fatto: ' }),
          'segnata come gestita.'));
      } catch (error) {
        say('error', explain(error));
      }
    });
    actions.append(link, handled);
    section.append(
      el('h2', { id: 'g-' + group.ids[0], text: group.text }),
      el('p', { text: (group.count === 1 ? 'Chiesta 1 volta' : 'Chiesta ' + group.count + ' volte') + ', l\'ultima il '
        + formatDate(group.lastAsked) + '.' }),
      ...(group.variants.length ? [el('p', { class: 'muted', text: 'Anche chiesta così:' }),
        el('ul', {}, ...group.variants.map(variant => el('li', { text: variant })))] : []),
      actions, panel);
    return section;
  }

  async function load() {
    clear();
    const groups = (await call('GET', '/unanswered/groups')).body;
    entries = (await call('GET', '/entries')).body.entries;
    const list = el('datalist', { id: 'entry-ids' }, ...entries.map(entry => el('option', { value: entry.id + ' — ' + entry.title })));
    const box = document.getElementById('groups');
    box.replaceChildren(list);
    if (!mayWriteFaq) {
      box.append(el('p', { class: 'muted', text: 'Le FAQ valgono per tutti i centri, quindi le crea l\'amministratore: tu puoi collegare '
        + 'una domanda a una scheda del tuo centro, o segnarla come gestita.' }));
    }
    if (!groups.length) {
      box.append(el('p', { text: 'Nessuna domanda in attesa: i chioschi hanno saputo rispondere a tutto.' }));
      return;
    }
    box.append(el('p', { text: groups.length === 1 ? '1 gruppo di domande.' : groups.length + ' gruppi di domande, i più chiesti in alto.' }));
    groups.forEach(group => box.append(groupSection(group)));
  }

  try {
    await load();
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
