'use strict';

(() => {
  const { call, explain, say } = Console;
  const params = new URLSearchParams(location.search);

  async function alreadyIn() {
    try {
      const response = await fetch('/api/v1/admin/me', { credentials: 'same-origin' });
      if (response.ok) window.location.replace('kb.html');
    } catch (ignored) {
      // no server: the form stays, and logging in will say so
    }
  }

  document.getElementById('login').addEventListener('submit', async event => {
    event.preventDefault();
    const username = document.getElementById('username').value.trim();
    const password = document.getElementById('password').value;
    if (!username || !password) {
      say('error', 'Scrivi il nome utente e la password.');
      return;
    }
    try {
      await call('POST', '/login', { username, password });
      window.location.assign('kb.html');
    } catch (error) {
      say('error', explain(error));
    }
  });

  if (params.has('uscito')) say('ok', 'Sei uscito dalla console.');
  else if (params.has('scaduta')) say('error', 'Per continuare accedi con il tuo nome e la tua password (la sessione può essere scaduta).');
  alreadyIn();
})();
