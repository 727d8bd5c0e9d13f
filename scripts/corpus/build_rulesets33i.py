"""rulesets33i.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
helper i; infrastructure repositories of hosting providers, ISPs, community networks, universities'
and research labs' IT, hackerspaces, open-source foundations' sysadmin teams and distro build farms:
their own hand-written rules).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


def jinja_lines_dropped(repo, commit, path):
    """An Ansible Jinja template whose rules sit inside `{% raw %}` blocks: the lines holding only
    a Jinja statement (`{% if %}`, `{% raw %}`, ...) and Jinja comments are dropped, so every
    optional group is kept; the rest is the file as committed."""
    text = show(repo, commit, path)
    kept = [line for line in text.splitlines()
            if not re.fullmatch(r"\s*\{%.*%\}\s*", line) and not line.startswith("# jinja2:")]
    return "\n".join(kept) + "\n"


# ---------------------------------------------------------------------------------------------
# fedora-infra/ansible: roles/openshift/project/templates/prometheusRules.yml.j2 (the Fedora
# Project's infrastructure team: the PrometheusRule every OpenShift project of Fedora's apps
# cluster gets, its groups chosen per project by `project_alert_rules`; all groups are taken)
FEDORA = ("fedora-infra/ansible", "72789a919f4a964401e17c8e3863de8affcd36b0",
          "roles/openshift/project/templates/prometheusRules.yml.j2")
FEDORA_POD = {"namespace": "bodhi", "instance": "10.128.2.14:8443", "job": "kube-state-metrics"}
FEDORA_SERIES = {
    "CronjobFailed": {"cronjob": "bodhi-push-check"},
    "BuildFailed": {"buildconfig": "bodhi-base", "build": "bodhi-base-42"},
    "PodRestarted": {"pod": "bodhi-web-7-x9k2p", "container": "bodhi-web"},
    "PodCrashLoop": {"pod": "bodhi-web-7-x9k2p", "container": "bodhi-web"},
    "PodOOMKilled": {"pod": "bodhi-celery-3-m4q8z", "container": "celery", "reason": "OOMKilled"},
}
take(FEDORA[0], FEDORA[2], FEDORA[1], {
    "CronjobFailed": (None, 1),
    "BuildFailed": (None, 1),
    "PodPending": (OUT, "shares its name with a blind set's rule"),
    "PodRestarted": (None, 1),
    "PodCrashLoop": ("crash_loop", "4.00"),
    "PodOOMKilled": ("out_of_memory", 1),
}, lambda name: dict(FEDORA_POD, **FEDORA_SERIES.get(name, {})),
    text=jinja_lines_dropped(*FEDORA))


FILES.write("rulesets33i.jsonl")
