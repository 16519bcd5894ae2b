// Year page: while a run is going, show its progress from /years/<year>/progress and reload the page when it ends.
(function () {
    var box = document.getElementById('progress');
    if (!box || box.getAttribute('data-running') !== 'true') {
        return;
    }
    var url = box.getAttribute('data-url');
    function show(p) {
        document.getElementById('progress-step').textContent = p.step || '准备中';
        document.getElementById('progress-files').textContent =
            '已登记 ' + p.filesRegistered + ' / ' + p.filesTotal + ' 个文件，已读取 ' + p.filesRead + ' 个';
        document.getElementById('progress-rows').textContent = '已读取数据行 ' + p.rowsRead + '，用时 ' + p.seconds + ' 秒';
    }
    function poll() {
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.json(); })
            .then(function (p) {
                if (p.running) {
                    show(p);
                    setTimeout(poll, 1000);
                } else {
                    window.location.reload();
                }
            })
            .catch(function () { setTimeout(poll, 3000); });
    }
    setTimeout(poll, 1000);
})();
