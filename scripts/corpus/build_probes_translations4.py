"""Builds tests/fixtures/corpus/probes_translations4.jsonl: translated error messages of three
translation sources not used before, quoted in alerts (Python 3 stdlib only).

- mozilla-l10n/firefox-l10n: `dom/chrome/appstrings.properties` (netTimeout, dnsNotFound) and
  `toolkit/toolkit/neterror/nsserrors.ftl` (expired certificate, expired issuer certificate,
  memory allocation failure), read with the corpus tools (the repository is too large to
  mirror); the strings below are copied from the files at the commits named.
- git/git `po/<lang>.po` ("unable to look up %s (port %s) (%s)", "suboptimal pack - out of
  memory") and PackageKit/PackageKit `po/<lang>.po` ("The daemon crashed mid-transaction!",
  "Waiting for package manager lock." -- look-alikes, labelled null), read from mirrors.

Labels are hand decisions per message under POLICY.md, written before the classifier ran on
the file. Hosts, processes and counts are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import CE, DNS, M, NULL, T, ProbeFamily, git_show, num, pick, po_messages  # noqa: E402

FIREFOX = "mozilla-l10n/firefox-l10n"
GIT = ("git/git", "1a3e64c6c4a623626ff0687008732a8e007e2a1c")
PACKAGEKIT = ("PackageKit/PackageKit", "b6b5b9217f701f1ea32b72b7105fe8415d95666c")

# Firefox dom/chrome/appstrings.properties: locale -> (commit, netTimeout, dnsNotFound)
FF_APP = {
 "ja": ("08e36125a8769ca24680e734a6afd54e4fbfacfa", "%S へのネットワーク接続を試みましたが接続がタイムアウトしました。", "%S のサーバーに接続できません。ドメイン名を再確認してください。"),
 "de": ("05456f47359d7907c030586e8cfa54edf1483ec2", "Zeitüberschreitung beim Verbindungsaufbau zu %S.", "%S konnte nicht gefunden werden. Bitte überprüfen Sie den Namen und versuchen Sie es erneut."),
 "fr": ("2895c7a27060e207441bca2607a5467e0763b849", "Délai de connexion dépassé lors du contact de %S.", "%S est introuvable. Veuillez vérifier le nom et essayer à nouveau."),
 "es-ES": ("196bae7f4666bf46595081e39caa286f653654e5", "La operación superó el tiempo de espera al intentar conectar con %S.", "No se pudo encontrar %S. Por favor, compruebe el nombre y vuelva a intentarlo."),
 "it": ("137b10a2c65a1455862647f1d5865f0eb2b2de25", "Il tempo concesso all’operazione è scaduto durante il tentativo di connessione a %S.", "Impossibile stabilire una connessione con %S. Verificare il nome e riprovare."),
 "pt-BR": ("0bfb34e16cfb0dd70e7f53b9dde54382a1d6fbda", "A conexão atingiu o tempo limite na tentativa de contato com %S.", "%S não pôde ser encontrado. Verifique o nome e tente novamente."),
 "ru": ("0050f77c7da7ddb22cfa12363a32714599117b7b", "Время ожидания соединения с %S истекло.", "%S не найден. Проверьте правильность написания имени и попробуйте снова."),
 "zh-CN": ("01e232e242984959c661d9a7f1115d81de0d42f3", "当试图与 %S 联系时，操作超时。", "未能找到 %S。请检查名称，然后重试。"),
 "zh-TW": ("0ed9b580e880d9f95b2057464bb87d90574ca88d", "嘗試連線到 %S 但超過時間限制仍無回應。", "找不到 %S。請檢查名稱是否正確然後再試一次。"),
}
FF_APP.update({
 "ko": ("05a1012e7b9243589c6ab378ae067eac2f493f6c", "%S에 접속하려고 할 때 작업 시간이 초과되었습니다.", "%S 서버를 찾을 수 없습니다. 이름을 확인하고 다시 시도하세요."),
 "pl": ("016a5aa433cc2c191ec7a926404a7bc6a4ffc95e", "Przekroczono limit czasu podczas próby połączenia z „%S”.", "Odnalezienie „%S” było niemożliwe. Sprawdź poprawność nazwy, a następnie spróbuj ponownie."),
 "nl": ("0dd64d573f8bbb38ecef8643cab6ded82cc30c3c", "De wachttijd is verstreken bij het pogen te verbinden met %S.", "%S kon niet worden gevonden. Controleer de naam en probeer het opnieuw."),
 "tr": ("02f98077ce5497e4ef188d35e2f1170c68aa19c3", "%S ile bağlantı zaman aşımına uğradı.", "%S bulunamıyor. Lütfen adresi kontrol edin ve tekrar deneyin."),
 "uk": ("389b4cb444ff29fa7ae3ba9ef9bcbf091b72fc3e", "Під час спроби встановити зв'язок з %S, час очікування операції завершився.", "Не вдалося знайти %S. Перевірте назву і спробуйте знову."),
 "ar": ("089ad49081542ad5c4d28b4d64738d8d0c5dd1fc", "انتهت مهلة العملية عند محاولة التواصل مع %S.", "تعذّر العثور على %S. من فضلك تحقق من المكان ثم أعد المحاولة."),
 "hi-IN": ("082203f70fa8587afa01be913c1dae99c162af2b", "%S को संपर्क के प्रयास के दौरान संक्रिया का समय समाप्त हो गया.", "%S नहीं मिल सका. कृपया नाम जाँचें और फिर कोशिश करें."),
 "he": ("0482742fcbdaec203e9e57852676098ec9b01e8a", "תם הזמן המוקצב בעת ניסיון להתחבר עם %S.", "לא ניתן למצוא את %S. נא לבדוק את השם ולנסות שוב."),
 "vi": ("05bba53fac26f524360edd8552ff4244638d6a0a", "Kết nối tới %S đã đứt do chờ quá lâu.", "Không tìm thấy %S. Vui lòng kiểm tra tên và thử lại."),
 "th": ("04b7225a91be4be4aaa0f336b3ee4ca43fdba4e7", "หมดเวลารอขณะพยายามติดต่อไปยัง %S", "ไม่พบ %S โปรดตรวจสอบชื่อและลองอีกครั้ง"),
})
FF_DNS_KEY = {"de": "dnsNotFound", "fr": "dnsNotFound", "es-ES": "dnsNotFound", "tr": "dnsNotFound", "ar": "dnsNotFound", "hi-IN": "dnsNotFound"}
# Firefox toolkit/toolkit/neterror/nsserrors.ftl: locale -> (commit, expired-certificate, expired-issuer-certificate, no-memory)
FF_NSS = {
 "de": ("1158c5495f7deff3f8017a9f31ef2ce61e710c4a", "Das Zertifikat der Gegenstelle ist abgelaufen.", "Das Zertifikat des Zertifikataussteller ist abgelaufen. Überprüfen Sie Datum und Zeit Ihres Systems.", "Sicherheitsbibliothek: Speicherzuweisungsfehler."),
 "fr": ("1c02e1d018a4b52e3feb50195abe60fabe77f855", "Le certificat du pair a expiré.", "Le certificat de l’autorité de délivrance du certificat a expiré. Vérifiez la date et l’heure de votre système.", "Bibliothèque de sécurité : échec d’allocation mémoire."),
}
FF_NSS.update({
 "es-ES": ("104c67e822d0593d869cf1bae9b329f519c40561", "El certificado de la otra parte ha caducado.", "El certificado del emisor del certificado ha caducado. Compruebe la fecha y hora de su sistema.", "biblioteca de seguridad: fallo de ubicación (allocation) de memoria."),
 "ru": ("0b73ac762f4a44be3b74ca519256918d6115c420", "Сертификат узла истёк.", "Сертификат издателя сертификатов истёк. Проверьте системную дату и время.", "библиотека безопасности: не удалось выделить память."),
})
FF_NSS["zh-CN"] = ("1d4fabc5642c97f21de2c80752d15926f740a8b1", "对等端的证书已过期。", "证书颁发者的证书已过期。请检查您的系统日期和时间。", "安全程序库：内存分配失败。")
FF_NSS["pt-BR"] = ("1158c5495f7deff3f8017a9f31ef2ce61e710c4a", "O certificado do sistema remoto está com a validade vencida.", "O certificado da entidade certificadora expirou. Verifique a data e hora do seu sistema.", "biblioteca de segurança: falha na alocação de memória.")

# glibc's translations of "Temporary failure in name resolution" (bminor/glibc po/<lang>.po, as
# in glibc_translations.jsonl): what git prints as the third %s of "unable to look up" under
# the same locale.
GAI = {
    "bg": "Временен неуспех при определянето на име",
    "ca": "Fallada temporal a la resolució de noms",
    "es": "Fallo temporal en la resolución del nombre",
    "id": "Kegagalan sementara dalam resolusi nama",
    "it": "Errore temporaneo nella risoluzione del nome",
    "pl": "Odwzorowanie nazwy jest chwilowo niemożliwe",
    "sv": "Namnuppslagning misslyckades temporärt",
    "tr": "İsim çözünürlüğünde geçici başarısızlık",
    "uk": "Тимчасова помилка розв'язання назв",
    "vi": "Tạm thời không thể phân giải tên",
    "zh_CN": "域名解析出现暂时性错误",
    "zh_TW": "解析名稱時發生暫時性錯誤",
}
GIT_LANGS = ["bg", "ca", "de", "es", "fr", "ga", "id", "it", "pl", "sv", "tr", "uk", "vi",
             "zh_CN", "zh_TW"]
PK_LANGS = ["de", "fr", "es", "it", "pt_BR", "ru", "ja", "zh_CN", "zh_TW", "ko", "pl", "nl",
            "tr", "uk", "cs", "sv"]

UPSTREAMS = ["api.partner-example.com", "billing.internal", "auth.example.net",
             "cdn-origin.example.org", "reports.corp.example", "sso.example.de"]
SERVICES = ["checkout", "reporting", "docs-portal", "pdf-export", "crawler", "mirror-sync",
            "ldap-gateway", "billing"]


def frames(msg, seed, procs):
    """Alerts quoting `msg`: a log alert (summary, description), a failed job, a vendor log
    monitor and a Grafana-style alert whose whole text is the message."""
    service = pick(seed + "s", SERVICES)
    proc = pick(seed + "p", procs)
    pid = num(seed, 900, 32000, 0)
    host = "%s-%d" % (service, num(seed + "h", 0, 3, 0))
    yield "a log alert (summary)", {
        "alertname": pick(seed + "a", ["LogErrorLines", "ErrorLogSpike", "SyslogErrors"]),
        "service": service, "severity": "warning"}, {
        "summary": "%s[%d]: %s" % (proc, pid, msg),
        "description": "Error lines from %s on %s." % (proc, host)}
    yield "a log alert (description)", {
        "alertname": pick(seed + "b", ["LogErrorLines", "ErrorLogSpike", "LokiErrorPattern"]),
        "service": service, "severity": "warning"}, {
        "summary": "%s: error lines in logs" % service,
        "description": "%s %s[%d]: %s" % (host, proc, pid, msg)}
    job = pick(seed + "j", ["nightly-export", "render-invoices", "mirror-refresh",
                            "backup-verify", "sitemap-crawl"])
    yield "a failed-job alert", {
        "alertname": pick(seed + "c", ["JobFailed", "CronJobFailed", "KubeJobFailed"]),
        "job_name": job, "severity": "critical"}, {
        "summary": "Job %s failed on %s" % (job, host),
        "description": "Last lines of output:\n%s" % msg}
    yield "a vendor log monitor", {
        "alertname": "DatadogLogMonitor", "monitor": "%s error logs" % service}, {
        "title": "[Triggered] Log monitor: %s" % service,
        "message": "%d log events matching \"%s\" on %s in the last 5m. @slack-oncall" % (
            num(seed + "n", 5, 400, 0), msg, host)}
    yield "a message-only alert", {"alertname": "LogAlert", "service": service}, {
        "message": "%s (%s)" % (msg, host)}


def render(family, msg, expected, what, project, repo, path, commit, seed, procs, take):
    for i, (frame, labels, annotations) in enumerate(frames(msg, seed, procs)):
        if i in take:
            source = "%s %s: the %s in %s" % (repo, path, what, frame)
            family.add((repo, path, commit), expected, source, labels, annotations, project)


def main():
    family = ProbeFamily("probes_translations4.jsonl")
    browser = ["firefox-esr", "geckodriver", "pdf-renderer", "screenshot-worker"]
    nss = ["ns-slapd", "firefox-esr", "pki-tomcat", "curl"]
    for loc, (commit, timeout, dns) in FF_APP.items():
        host = pick(loc + "u", UPSTREAMS)
        path = "%s/dom/chrome/appstrings.properties" % loc
        render(family, timeout.replace("%S", host), T, "%s translation of netTimeout" % loc,
               "firefox-l10n-%s" % loc, FIREFOX, path, commit, loc + "t", browser, {0, 1, 2, 4})
        # Japanese and Italian say "cannot connect to %S" for a name not found: left out.
        if loc not in ("ja", "it"):
            render(family, dns.replace("%S", host), DNS, "%s translation of dnsNotFound" % loc,
                   "firefox-l10n-%s" % loc, FIREFOX, path, commit, loc + "d", browser, {0, 2, 3})
    for loc, (commit, expired, issuer, memory) in FF_NSS.items():
        path = "%s/toolkit/toolkit/neterror/nsserrors.ftl" % loc
        project = "firefox-l10n-%s" % loc
        render(family, expired, CE, "%s translation of sec-error-expired-certificate" % loc,
               project, FIREFOX, path, commit, loc + "e", nss, {0, 1, 2, 3, 4})
        render(family, issuer, CE, "%s translation of sec-error-expired-issuer-certificate" % loc,
               project, FIREFOX, path, commit, loc + "i", nss, {0, 2, 4})
        render(family, memory, M, "%s translation of sec-error-no-memory" % loc,
               project, FIREFOX, path, commit, loc + "m", nss, {0, 1, 2, 3, 4})
    repo, commit = GIT
    for lang in GIT_LANGS:
        path = "po/%s.po" % lang
        po = po_messages(git_show(repo, commit, path).decode())
        lookup = po.get("unable to look up %s (port %s) (%s)")
        pack = po.get("suboptimal pack - out of memory")
        host = pick(lang + "g", ["git.example.net", "gitlab.corp.example", "code.example.org"])
        if lookup and lang in GAI:
            line = "fatal: " + lookup.replace("%s", host, 1).replace("%s", "9418", 1).replace(
                "%s", GAI[lang], 1)
            render(family, line, DNS, "%s translation of \"unable to look up %%s (port %%s) (%%s)\"" % lang,
                   "git-po-%s" % lang, repo, path, commit, lang + "l",
                   ["git", "gitlab-runner", "mirror-sync"], {0, 1, 2, 3})
        if pack:
            line = "warning: " + pack
            render(family, line, M, "%s translation of \"suboptimal pack - out of memory\"" % lang,
                   "git-po-%s" % lang, repo, path, commit, lang + "o",
                   ["git", "git-pack-objects", "gitaly"], {0, 1, 2, 4})
    repo, commit = PACKAGEKIT
    for lang in PK_LANGS:
        path = "po/%s.po" % lang
        po = po_messages(git_show(repo, commit, path).decode())
        crashed = po.get("The daemon crashed mid-transaction!")
        lock = po.get("Waiting for package manager lock.")
        # One crash is not a restart loop, and waiting for a lock is not a deadlock: null.
        if crashed:
            render(family, crashed, NULL, "%s translation of \"The daemon crashed mid-transaction!\"" % lang,
                   "packagekit-po-%s" % lang, repo, path, commit, lang + "c",
                   ["packagekitd", "pkcon"], {0, 2})
        if lock:
            render(family, lock, NULL, "%s translation of \"Waiting for package manager lock.\"" % lang,
                   "packagekit-po-%s" % lang, repo, path, commit, lang + "w",
                   ["packagekitd", "pkcon"], {1})
    family.write()


if __name__ == "__main__":
    main()
