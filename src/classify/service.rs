//! Service attribution: which service an alert belongs to, from its labels.
//!
//! Most Kubernetes alerts carry no `service` label of their own: kube-state-metrics,
//! node-exporter and the kubelet are the scrape targets, so `job` names the exporter and the
//! kube-prometheus-stack `service` label names the exporter's Service
//! (`kube-prometheus-stack-kube-state-metrics`). The workload is in `deployment`,
//! `statefulset`, `daemonset`, `job_name` or `pod` (whose ReplicaSet hash and StatefulSet
//! ordinal are cut off). The steps of `service_from:` are tried in order and the first that
//! yields a name wins; without `service_from:` the defaults below apply, which are written for
//! kube-prometheus-stack and fall back to `service_labels`. Pure; knows no webhook format.

use regex::Regex;

use super::rules::ServiceFrom;
use super::LabelMap;

/// Values of `service`, `app` or `job` that name the monitoring stack rather than the service
/// an alert is about; a workload label wins over them.
const MONITORING: &str = r"(.*-)?(kube-prometheus-stack|prometheus-operator|kube-state-metrics|prometheus-node-exporter|node-exporter|kubelet|kube-proxy|cadvisor|prometheus|alertmanager|blackbox-exporter|[a-z0-9]+-exporter)(-.*)?";

/// The resolved steps.
#[derive(Debug)]
pub(super) struct Services {
    steps: Vec<ServiceFrom>,
}

fn step(
    label: &str,
    regex: Option<&str>,
    template: Option<&str>,
    unless: Option<&str>,
) -> ServiceFrom {
    let anchored =
        |r: &str| Regex::new(&format!("^(?:{r})$")).expect("built-in patterns are valid");
    ServiceFrom {
        label: label.to_string(),
        regex: regex.map(anchored),
        template: template.map(str::to_string),
        unless: unless.map(anchored),
    }
}

impl Services {
    /// The configured steps, or the defaults built on `service_labels`.
    pub(super) fn new(service_from: Option<&[ServiceFrom]>, service_labels: &[String]) -> Services {
        if let Some(steps) = service_from {
            return Services {
                steps: steps.to_vec(),
            };
        }
        // 1. A service label that is not the monitoring stack's own (the user's `service`,
        //    `app`, ...); `job` waits, as it is usually the exporter.
        let mut steps: Vec<ServiceFrom> = service_labels
            .iter()
            .filter(|l| l.as_str() != "job")
            .map(|l| step(l, None, None, Some(MONITORING)))
            .collect();
        // 2. The workload of a Kubernetes alert.
        steps.extend([
            step("deployment", None, None, None),
            step("statefulset", None, None, None),
            step("daemonset", None, None, None),
            // A CronJob's Job is named `<cronjob>-<scheduled time in minutes>`.
            step("job_name", Some(r"(.+)-\d{8,}"), None, None),
            step("job_name", None, None, None),
            // A Deployment's pod: `<deployment>-<pod-template-hash>-<5 characters>`.
            step("pod", Some(r"(.+)-[0-9a-f]{6,10}-[0-9a-z]{5}"), None, None),
            // A StatefulSet's pod: `<statefulset>-<ordinal>`.
            step("pod", Some(r"(.+)-\d+"), None, None),
            step("container", None, None, Some("POD|")),
            step("pod", None, None, None),
        ]);
        // 3. The configured labels as before, monitoring names included.
        steps.extend(service_labels.iter().map(|l| step(l, None, None, None)));
        Services { steps }
    }

    /// The service named by the first step that applies, if any.
    pub(super) fn resolve(&self, labels: &LabelMap) -> Option<String> {
        self.steps.iter().find_map(|s| apply(s, labels))
    }
}

fn apply(step: &ServiceFrom, labels: &LabelMap) -> Option<String> {
    let value = labels.get(&step.label).filter(|v| !v.is_empty())?;
    if step.unless.as_ref().is_some_and(|u| u.is_match(value)) {
        return None;
    }
    let captures = match &step.regex {
        Some(regex) => Some(regex.captures(value)?),
        None => None,
    };
    let name = match (&step.template, &captures) {
        (Some(template), _) => expand(template, captures.as_ref(), labels),
        (None, Some(c)) => c
            .get(1)
            .or_else(|| c.get(0))
            .map(|m| m.as_str().to_string())
            .unwrap_or_default(),
        (None, None) => value.clone(),
    };
    (!name.is_empty()).then_some(name)
}

/// Expands `$1`.. (captures) and `${label}` (another label's value) in a template.
fn expand(template: &str, captures: Option<&regex::Captures>, labels: &LabelMap) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(inner) = after.strip_prefix('{') {
            if let Some(end) = inner.find('}') {
                out.push_str(labels.get(&inner[..end]).map(String::as_str).unwrap_or(""));
                rest = &inner[end + 1..];
                continue;
            }
        }
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let group: usize = after[..digits].parse().unwrap_or(usize::MAX);
            if let Some(m) = captures.and_then(|c| c.get(group)) {
                out.push_str(m.as_str());
            }
            rest = &after[digits..];
        } else {
            out.push('$');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, DEFAULT_SERVICE_LABELS};

    /// `(labels, expected service)`.
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>);

    fn check(config: &str, cases: &[Case]) {
        let config = Config::from_yaml(config).expect("test config is valid");
        let services = Services::new(config.service_from.as_deref(), &config.service_labels);
        for (labels, expected) in cases {
            let labels: LabelMap = labels
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(
                services.resolve(&labels).as_deref(),
                *expected,
                "{labels:?}"
            );
        }
    }

    #[test]
    fn kube_prometheus_stack_defaults() {
        assert_eq!(DEFAULT_SERVICE_LABELS[0], "service");
        check(
            "",
            &[
                (
                    &[
                        ("alertname", "KubePodCrashLooping"),
                        ("job", "kube-state-metrics"),
                        ("service", "kube-prometheus-stack-kube-state-metrics"),
                        ("namespace", "shop"),
                        ("pod", "checkout-6b8f9d7c44-x9kqd"),
                        ("container", "checkout"),
                    ],
                    Some("checkout"),
                ),
                (
                    &[("pod", "kafka-0"), ("job", "kube-state-metrics")],
                    Some("kafka"),
                ),
                (
                    &[("job_name", "nightly-report-28911520")],
                    Some("nightly-report"),
                ),
                (
                    &[("daemonset", "fluent-bit"), ("job", "kube-state-metrics")],
                    Some("fluent-bit"),
                ),
                (
                    &[("service", "payments-api"), ("pod", "x-0")],
                    Some("payments-api"),
                ),
                (&[("app", "checkout"), ("job", "api")], Some("checkout")),
                (&[("job", "kafka-exporter")], Some("kafka-exporter")),
                (
                    &[("service", "kube-prometheus-stack-kubelet")],
                    Some("kube-prometheus-stack-kubelet"),
                ),
                (&[], None),
            ],
        );
    }

    #[test]
    fn configured_steps_with_template() {
        check(
            "service_from:\n  - {label: pod, regex: '(.+)-[0-9a-f]{6,10}-[0-9a-z]{5}', template: '${namespace}/$1'}\n  - {label: job}\n",
            &[
                (&[("pod", "checkout-6b8f9d7c44-x9kqd"), ("namespace", "shop")], Some("shop/checkout")),
                (&[("pod", "kafka-0"), ("job", "kafka")], Some("kafka")),
            ],
        );
    }
}
