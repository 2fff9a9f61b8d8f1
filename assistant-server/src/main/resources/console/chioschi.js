'use strict';

(async () => {
  const { el, call, explain, say, clear, formatStamp } = Console;

  const me = await Console.begin();
  if (!me) return;
  const isAdmin = me.role === 'admin';

  function state(kiosk) {
    if (kiosk.revoked) return el('span', { class: 'badge cancelled', text: 'Revocato' });
    return kiosk.online ? el('span', { class: 'badge online', text: 'In linea' }) : el('span', { class: 'badge offline', text: 'Non in linea' });
  }

  function row(kiosk) {
    const practice = el('input', { type: 'checkbox', class: 'practice', 'aria-label': 'Modalità prova: ' + kiosk.name,
      disabled: kiosk.revoked });
    practice.checked = kiosk.practiceMode;
    const said = el('span', { text: kiosk.practiceMode ? 'Sì' : 'No' });
    practice.addEventListener('change', async () => {
      try {
        await call('PUT', '/kiosks/' + encodeURIComponent(kiosk.name) + '/practice', { practiceMode: practice.checked });
        said.textContent = practice.checked ? 'Sì' : 'No';
        say('ok', kiosk.name + (practice.checked ? ': modalità prova attiva.' : ': modalità prova spenta.'));
      } catch (error) {
        practice.checked = !practice.checked;
        say('error', explain(error));
      }
    });
    const actions = el('div', { class: 'actions' });
    if (isAdmin && !kiosk.revoked) {
      const revoke = el('button', { type: 'button', class: 'danger revoke', text: 'Revoca' });
      revoke.addEventListener('click', () => {
        const yes = el('button', { type: 'button', class: 'danger confirm-revoke', text: 'Sì, revoca' });
        yes.addEventListener('click', async () => {
          try {
            await call('DELETE', '/kiosks/' + encodeURIComponent(kiosk.name));
            await load();
            say('ok', kiosk.name + ' revocato: entro un minuto il suo codice non vale più.');
          } catch (error) {
            say('error', explain(error));
          }
        });
        const no = el('button', { type: 'button', class: 'secondary', text: 'No' });
        no.addEventListener('click', () => load());
        actions.replaceChildren(el('span', { text: 'Il chiosco smetterà di funzionare. Revocarlo?' }), yes, no);
        yes.focus();
      });
      actions.append(revoke);
    }
    return el('tr', { 'data-kiosk': kiosk.name },
      el('td', { text: kiosk.name }),
      el('td', { text: kiosk.centreName || '—' }),
      el('td', { text: kiosk.lastSeen ? formatStamp(kiosk.lastSeen) : 'mai' }),
      el('td', {}, state(kiosk)),
      el('td', {}, el('label', {}, practice, said)),
      el('td', {}, actions));
  }

  async function load() {
    const kiosks = (await call('GET', '/kiosks')).body;
    document.getElementById('kiosks').replaceChildren(el('table', { id: 'kiosks-table' },
      el('caption', { text: kiosks.length === 1 ? '1 chiosco.' : kiosks.length + ' chioschi.' }),
      el('thead', {}, el('tr', {}, ...['Nome', 'Centro', 'Ultimo contatto', 'Stato', 'Modalità prova', 'Azioni']
        .map(name => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...kiosks.map(row))));
  }

  if (isAdmin) {
    const centres = (await call('GET', '/entries?type=centre')).body.entries;
    document.getElementById('kiosk-centre').replaceChildren(...centres.map(centre => el('option', { value: centre.id, text: centre.title })));
    document.getElementById('create-kiosk').classList.remove('hidden');
    document.getElementById('create-kiosk-form').addEventListener('submit', async event => {
      event.preventDefault();
      clear();
      const name = document.getElementById('kiosk-name').value.trim();
      try {
        const created = (await call('POST', '/kiosks', { name, centreId: document.getElementById('kiosk-centre').value })).body;
        document.getElementById('new-token').replaceChildren(el('div', { class: 'message ok', id: 'token-box' },
          el('p', {}, el('strong', { text: 'Chiosco creato. ' }), 'Questo è il suo codice di accesso: copialo ora nella configurazione '
            + 'del chiosco. Non verrà più mostrato.'),
          el('p', { class: 'token', id: 'token', text: created.token })));
        document.getElementById('kiosk-name').value = '';
        await load();
      } catch (error) {
        say('error', explain(error));
      }
    });
  }
  try {
    await load();
  } catch (error) {
    say('error', explain(error));
  }
  document.body.dataset.ready = 'true';
})();
