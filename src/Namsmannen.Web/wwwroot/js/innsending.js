// Progressive enhancement for the submission page: while a CSV file is processed, ask for the counts every second
// and update the progress bar and the live region. Without JavaScript the page has an "Oppdater status" link.
(function () {
    var status = document.getElementById('status');
    if (!status || status.dataset.ferdig === 'ja') { return; }
    var url = status.dataset.url;
    function oppdater() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (svar) { return svar.ok ? svar.json() : null; })
            .then(function (data) {
                if (!data) { return; }
                var framdrift = document.getElementById('framdrift');
                if (framdrift) { framdrift.max = data.antall; framdrift.value = data.behandlet; framdrift.textContent = data.framdrift; }
                var tekst = document.getElementById('framdrift-tekst');
                if (tekst) { tekst.textContent = data.framdrift; }
                document.getElementById('statustekst').textContent = data.status;
                document.getElementById('telling').textContent = data.telling;
                if (data.ferdig) { window.location.reload(); } else { window.setTimeout(oppdater, 1000); }
            })
            .catch(function () { window.setTimeout(oppdater, 3000); });
    }
    window.setTimeout(oppdater, 1000);
})();
