#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodedesc27.jsonl: node_down as alerts really say it, where
the alert's name or frame names something else (a swarm checker, a health alerter, a monitor)
and the message or summary says that a host, service, manager or node is down, unreachable or
not available; with null look-alikes (resolve notices, a healthy/stopped service, planned work).

Labels were decided from each source's meaning under tests/fixtures/corpus/POLICY.md before the
classifier ran on the file. Label values (swarm names, hosts, services) are made up; the message
and summary strings are the source's own format strings with their fields filled in.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

ND, NULL, CL, DF = "node_down", None, "crash_loop", "disk_full"

BRABLC = "brablc/swarm-health-alerter"
PORT = (BRABLC, "port-alerter.sh", "08d4c251592d5c9fd1b0a058fe6eddc3c5864d81")
EVENT = (BRABLC, "event-alerter.py", "197d0be23ae19f3c7680dfbe48163ac9786a3c14")
SWARM = (BRABLC, "swarm-alerter.sh", "08d4c251592d5c9fd1b0a058fe6eddc3c5864d81")
DISK = (BRABLC, "disk-alerter.sh", "37c0e465230febb94dc8b43de165d4f053a761f1")

family = ProbeFamily("probes_nodedesc27.jsonl")


def zenduty(src, expected, why, checker, swarm, message, summary, **labels):
    """A swarm-health-alerter event as its Zenduty integration receives it (message, summary)."""
    lab = {"alertname": checker, "swarm": swarm, "severity": "critical"}
    lab.update(labels)
    family.add(src, expected, why, lab, {"message": message, "summary": summary})


# port-alerter.sh: dockerize waits 5s for tcp://alias:port; on failure "<swarm> service <name>
# (<alias>:<port>) not available via mesh"; on recovery "... is available via mesh".
zenduty(PORT, ND, "a service's port not reachable through the mesh: the service is down (rule 4)",
        "port-alerter", "ProdSwarm",
        "ProdSwarm service app_rabbitmq (rabbitmq:5672) not available via mesh", "",
        service="app_rabbitmq")
zenduty(PORT, ND, "a socket check failing at the host: the service is not available (rule 4)",
        "port-alerter", "ProdSwarm",
        "ProdSwarm service db_postgres (postgres:unix:/var/run/postgresql/.s.PGSQL.5432) not available at swarm-node-02",
        "", service="db_postgres")
zenduty(PORT, NULL, "a resolve notice: the service is available again, nothing is down",
        "port-alerter", "ProdSwarm",
        "ProdSwarm service web_nginx (nginx:443) is available via mesh", "", service="web_nginx")
# event-alerter.py: containers created and destroyed over a window, failing healthchecks, stable.
zenduty(EVENT, CL, "containers created and destroyed 3 times within 120 s: restarts in a window (rule 4)",
        "event-alerter", "ProdSwarm",
        "ProdSwarm service api_worker failing on swarm-node-01",
        "There were 3 containers created and 3 destroyed within 120 seconds.", service="api_worker")
zenduty(EVENT, NULL, "a resolve notice: no events, the service is stable (healthy or stopped)",
        "event-alerter", "ProdSwarm",
        "ProdSwarm service api_worker stable on swarm-node-01",
        "No events in last 120 seconds, assuming service is healthy (or stopped)", service="api_worker")
# swarm-alerter.sh: active managers fewer than SWARM_MANAGER_MIN.
zenduty(SWARM, ND, "swarm managers no longer active below the minimum: cluster members lost (rule 11)",
        "swarm-alerter", "ProdSwarm",
        "ProdSwarm swarm active managers count 1 is less than 3 at swarm-mgr-01", "")
zenduty(SWARM, NULL, "a resolve notice: the manager count is back to the minimum",
        "swarm-alerter", "ProdSwarm",
        "ProdSwarm swarm active managers count 3 is ok at swarm-mgr-01", "")
# disk-alerter.sh: root filesystem usage at or over DISK_USAGE_MAX.
zenduty(DISK, DF, "root filesystem usage over its maximum: disk capacity (rule 2)",
        "disk-alerter", "ProdSwarm",
        "ProdSwarm disk /rootfs at swarm-node-03 usage 93% >= 90 is out of space",
        "Filesystem      Size  Used Avail Use% Mounted on\noverlay          78G   72G  5.6G  93% /rootfs")

family.write()
