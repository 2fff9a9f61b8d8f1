'use strict';

(async () => {
  const { call, explain, say } = Console;
  if (!await Console.begin()) return;
  document.getElementById('change').addEventListener('submit', async event => {
    event.preventDefault();
    const currentPassword = document.getElementById('current').value;
    const newPassword = document.getElementById('fresh').value;
    if (newPassword !== document.getElementById('again').value) {
      say('error', 'Le due nuove password non sono uguali.');
      document.getElementById('again').setAttribute('aria-invalid', 'true');
      return;
    }
    document.getElementById('again').removeAttribute('aria-invalid');
    try {
      await call('POST', '/password', { currentPassword, newPassword });
      event.target.reset();
      say('ok', 'Password cambiata. Le altre sessioni aperte con questo nome sono state chiuse.');
    } catch (error) {
      say('error', explain(error));
    }
  });
  document.body.dataset.ready = 'true';
})();
