"""rulesets33b.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
second helper; blockchain and Web3 infrastructure projects' own rules: validator and full-node
operators, L1/L2 chains, a rewards indexer, a cross-chain bridge's relayers).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md). Chain-specific rulings (see SOURCES.md): a node or validator behind the
chain head, finality lag and on-chain inclusion delay are OUT (not settled, as the corpus's earlier
chain sections left them); block production stalled or slow, missed blocks/slots/signatures, peer
counts, sync-status flags, validator-set changes, balances and gas prices are `null`; transactions
or channels waiting in a node's own queue (txpool validation queue, mempool of uncommitted
transactions, a batcher's channel queue) are `queue_backlog` (rule 12: pending work waiting).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file  # noqa: E402


FILES = RuleFiles()
take = FILES.take

BEHIND = "a node or validator behind the chain head (blocks or slots behind): chain sync lag, neither replication nor settled (as cardano's, monad's and xdc's block divergence)"
FINALITY = "finality lag (blocks produced but not yet finalized): consensus delay, neither replication lag nor settled (as xdc's XDCFinalityDelayed)"
INCLUSION = "time for a transaction to be included in or finalized on chain: an on-chain inclusion delay, not a request's latency (as lido's inclusion delay)"


# ---------------------------------------------------------------------------------------------
# serenita-org/ethstaker.tax: etc/alert.rules (the rewards indexer behind ethstaker.tax: its API, its
# block-reward/balance/withdrawal indexers and the Ethereum execution and consensus clients it reads)
take("serenita-org/ethstaker.tax", "etc/alert.rules", "4cf0e8f4b1ffc48e7ee52249fb81fd72704b976d", {
    "Service down": ("node_down", 0),
    "Low disk space %": ("disk_full", "7.314%", {"device": "/dev/nvme0n1p2", "fstype": "ext4", "mountpoint": "/"}),
    "5xx responses": ("high_error_rate", 4, {"status_code": "500"}),
    "Many slots with missing block rewards": (OUT, "slots whose block rewards the indexer has not stored (indexing behind, or failed): an indexer's data gap, not settled"),
    "Many block reward indexing failures (>5%)": (None, 412),
    "Many slots with missing balances": (OUT, "slots whose balances the indexer has not stored (indexing behind, or failed): an indexer's data gap, not settled"),
    "Many slots with missing withdrawal data": (OUT, "slots whose withdrawal data the indexer has not stored (indexing behind, or failed): an indexer's data gap, not settled"),
    "No new RP minipools": (None, 0),
    "Price data not being updated": (None, 97214),
    "Low peer count - CL": (None, 61),
    "Low peer count - EL": (None, 17),
}, lambda name: {"instance": "indexer-1.ethstaker.tax:9100", "job": "node"} if name == "Low disk space %" else
   {"instance": "beacon-node:8008", "job": "lighthouse"} if name == "Low peer count - CL" else
   {"instance": "execution-node:6060", "job": "geth"} if name == "Low peer count - EL" else
   {"instance": "indexer:8000", "job": "indexer"} if name.startswith(("Many", "No new", "Price")) else
   {"instance": "api:8000", "job": "api"})


# ---------------------------------------------------------------------------------------------
# PundiAI/fx-core: develop/prometheus/rules/fxcore-alerts.yml (the Function X (fxCore) chain's own
# node-monitoring rules over Tendermint's consensus, mempool and p2p metrics; the file was
# fx-chain-alerts.yml before "chore: rename to fxcore", and only the current one is taken)
FX = {"instance": "fxcore-node-0:26660", "job": "fxcore-node", "chain_id": "fxcore"}
take("PundiAI/fx-core", "develop/prometheus/rules/fxcore-alerts.yml", "e072af2bb7401f03cf38de8fbee16d32074a5e22", {
    "The fxCore node service": ("node_down", 0),
    "The fxCore consensus height": (None, 0),
    "The fxCore consensus validators": (None, -1, {"job": "fxcore-node"}),
    "The fxCore node latest block height": (None, 0),
    "The fxCore node last signed height": (None, 0),
    "The fxCore node missed blocks": (None, 5),
    "The fxCore node missing validators": (None, 14),
    "The fxCore node byzantine validators": (None, 1),
    "The fxCore node block interval seconds": (None, 9.412),
    "The fxCore node consensus rounds": (None, 2),
    "The fxCore number of transactions": (None, 173),
    "The fxCore node mempool number of uncommitted transactions": ("queue_backlog", 486),
    "The fxCore mempool failed txs number": (OUT, "transactions rejected by the mempool's check (invalid or underpriced transactions sent by clients): neither failed requests of the node nor a settled cause"),
    "The fxCore node synchronization status": (None, 1),
    "The fxCore node p2p peers": (None, 3),
}, FX)


# ---------------------------------------------------------------------------------------------
# w3f/polkadot-charts: charts/polkadot/templates/alertrules.yaml (the Web3 Foundation's Helm chart for
# its Polkadot/Kusama nodes; the chart's own rules at 092cc65, before the file was replaced by an
# import of Substrate's alerting rules (55fa65a) and removed (f1cc9d7)). Rendered with the chart's
# default deploymentName "testnet-0".
W3F = ("w3f/polkadot-charts", "charts/polkadot/templates/alertrules.yaml", "092cc657d7fc78e4ad96172393bb4de3ecf28174")
take(*W3F, {
    "LowNumberOfPeersShort": (None, 2),
    "LowNumberOfPeersLong": (None, 1),
    "TransactionQueueSizeShort": ("queue_backlog", 37),
    "TransactionQueueSizeLong": ("queue_backlog", 54),
    "LowNumberOfNewBlocksShort": (None, 0),
    "LowNumberOfNewBlocksLong": (None, 0),
    "LowNumberOfFinalizedBlocksShort": (OUT, FINALITY),
    "LowNumberOfFinalizedBlocksLong": (OUT, FINALITY),
    "HighCPUUsage": (None, 100),
}, {"instance": "10.8.2.14:9615", "job": "polkadot-node", "namespace": "polkadot", "pod": "polkadot-node-0",
    "status": "best"},
    text=helm_file(W3F[0], W3F[2], W3F[1], {"{{ .Values.deploymentName }}": "testnet-0"}))


# ---------------------------------------------------------------------------------------------
# kangmunil/BEGA_blockchain: monitoring/alert_rules.yml (BEGA, an OP-Stack L2 rollup: its L2 geth,
# rollup node and batcher posting batches to L1; Korean wording, the file's largest version
# ed0bf35 "build L2 Chain" (the current one holds three rules))
BEGA = {"instance": "l2-batcher:7300", "job": "l2-batcher"}
take("kangmunil/BEGA_blockchain", "monitoring/alert_rules.yml", "ed0bf35107f8b2f6b4d20d80437c4504f6a416fc", {
    "BatcherLowETH": (None, 0.0412),
    "BatcherVeryLowETH": (None, 0.0873),
    "L2GethDown": ("node_down", 0, {"instance": "l2-geth:6060", "job": "l2-geth"}),
    "L2NodeDown": ("node_down", 0, {"instance": "l2-node:7300", "job": "l2-node"}),
    "BatcherDown": ("node_down", 0),
    "BatcherTxStuck": (OUT, "the batcher's L1 transactions pending (not yet mined) for ten minutes, its text naming L1 gas prices: an on-chain inclusion delay, not settled"),
    "HighL1GasPrice": (None, 27.41),
    "L2BlockProductionSlow": (None, "0.1833", {"instance": "l2-geth:6060", "job": "l2-geth"}),
    "HighMemoryUsage": (OUT, "a process's resident memory above a fixed 8 GB without a stated limit (rule 8)"),
    "BatcherChannelQueueHigh": ("queue_backlog", 14),
    "HighCPUUsage": (None, "91.27%", {"instance": "l2-geth:6060", "job": "l2-geth"}),
    "NoRecentBatchSubmission": (None, 2214),
    "LowTransactionActivity": (None, 0, {"instance": "l2-geth:6060", "job": "l2-geth"}),
}, BEGA)


# ---------------------------------------------------------------------------------------------
# CoreumFoundation/coreumbridge-xrpl: infra/composer/prometheus/alert.rules (the Coreum-XRPL bridge's
# own rules for its relayers, the bridge contract and the XRPL bridge account)
COREUM = {"instance": "relayer-0:10090", "job": "relayer"}
COREUM_POOL = {"relayer_coreum_address": "devcore1x2n8fwrljzjcr6e5nvtvxn2h5kpwd4xmdz5s0c",
               "malicious_behaviour_key": "xrpl_tx_multisigned_without_operation", "operation_id": "17",
               "evidence_hash": "4C9E3F2A1B7D6E8F0A5C3B2D1E4F6A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C4D5"}
take("CoreumFoundation/coreumbridge-xrpl", "infra/composer/prometheus/alert.rules", "6a78efdf62955d1fd9fc8276e418cadbada9f1e6", {
    "Instance down": ("node_down", 0),
    "High relayer error increase": (OUT, "a relayer's error counter rising (which operations fail is not said; not requests): not settled"),
    "Low contract XRPL base fee": (None, 10),
    "Low XRPL bridge account XRP balance to pay fees": (None, 41.7),
    "Exceeded expected pending Coreum to XRPL operation lifetime": (OUT, "a bridge operation pending for 30 minutes while it waits for the relayers' signatures and submission to XRPL (a multisig quorum, not a queue being consumed): not settled"),
    "Exceeded expected not confirmed XRPL to Coreum  evidence lifetime": (OUT, "transaction evidence not confirmed by a quorum of relayers within an hour: a multisig quorum not reached, not settled"),
    "Low relayers balance": (None, 7.25, {"relayer_coreum_address": COREUM_POOL["relayer_coreum_address"]}),
    "Low amount of free tickets in the contract": (None, 6),
    "Detected malicious behaviour": (None, 1, {"malicious_behaviour_key": COREUM_POOL["malicious_behaviour_key"]}),
    "No relayer activity for more than 24h": (OUT, "a relayer that saved no evidence or signature for a day (down, or idle): a silence of activity rather than a liveness signal, not settled"),
    "The bridge is halted": (OUT, "the bridge contract in its halted state (halted by its owner or by a relayer-triggered safety switch, which is not said): not settled"),
    "XRPL RPC decoding error": (OUT, "a relayer's count of XRPL RPC responses it could not decode (a client-side parse failure, not failed requests' ratio): not settled"),
}, COREUM, COREUM_POOL)


# ---------------------------------------------------------------------------------------------
# HUBId/chain: ops/alerts/{consensus,rpc,runtime,storage,networking}/*.yaml (an RPP validator chain's
# own operations rules: consensus finality and liveness, validator height and vote latency, RPC
# availability and subscription streams, the runtime's block/transaction backlog, the Firewood
# storage WAL and snapshots, the gossip replay guard). Its runbook URLs name a repository that does
# not hold these files; the uptime/, zk/ and prover files (reputation, proof-system alerts) are not
# taken. Rules whose `environment` label is templated get a made-up environment.
HUB = ("HUBId/chain", "0b045f1538185910e4f4a29c9c24e33f0da9ee95")
HUB_BASE = {"instance": "validator-2.rpp.internal:9797", "job": "rpp-node", "environment": "mainnet"}
HUB_POOL = {"validator": "val-07", "backend": "stwo", "state": "committed", "peer_class": "gossip"}


def hub(path, labels, base=None):
    take(HUB[0], "ops/alerts/" + path, HUB[1], labels, base or HUB_BASE, HUB_POOL)


hub("consensus/finality.yaml", {
    "ConsensusFinalityLagWarning": (OUT, FINALITY),
    "ConsensusFinalityLagCritical": (OUT, FINALITY),
    "ConsensusFinalizedHeightGapWarning": (OUT, FINALITY),
    "ConsensusFinalizedHeightGapCritical": (OUT, FINALITY),
    "ConsensusRestartFinalityCorrelation": (OUT, "a node start in the last 15 minutes (one restart, rule 15) together with finality lag (not settled): not settled"),
})
hub("consensus/liveness.yaml", {
    "ConsensusLivenessStall": (None, 0),
    "ConsensusBlockProductionLagWarning": (None, 0.8417),
    "ConsensusBlockProductionLagCritical": (None, 0.6933),
    "ConsensusMissedSlotsWarning": (None, 3),
    "ConsensusMissedSlotsCritical": (None, 6),
})
hub("consensus/validator_height.yaml", {
    "ConsensusValidatorHeightLagWarning": (OUT, BEHIND),
    "ConsensusValidatorHeightLagCritical": (OUT, BEHIND),
})
hub("consensus/vote_latency.yaml", {
    "ConsensusVoteLatencyWarning": (OUT, "p95 time a validator takes to process consensus votes: a consensus engine's internal processing time, not a request's latency; not settled"),
    "ConsensusVoteLatencyCritical": (OUT, "p95 time a validator takes to process consensus votes: a consensus engine's internal processing time, not a request's latency; not settled"),
})
hub("rpc/availability.yaml", {
    "RpcAvailabilityDegradedWarning": ("high_error_rate", 0.9812),
    "RpcAvailabilityDegradedCritical": ("high_error_rate", 0.9377),
})
hub("rpc/streams.yaml", {
    "RpcSubscriptionDisconnectLoad": (OUT, "RPC subscription probes disconnected or missing keep-alives (sessions dropping, as jitsi's XMPP disconnects): not settled"),
    "RpcSubscriptionDisconnectMaintenance": (OUT, "RPC subscription probes disconnected after a maintenance window (sessions dropping): not settled"),
})
hub("runtime/backlog.yaml", {
    "BlockBacklogCritical": ("queue_backlog", 23.5),
    "TransactionBacklogCritical": ("queue_backlog", 6172),
}, {"instance": "validator-2.rpp.internal:9797", "job": "rpp-node"})
hub("storage/firewood.yaml", {
    "FirewoodWalQueueDepthWarning": (None, 1842),
    "FirewoodWalQueueDepthCritical": (None, 7316),
    "FirewoodWalFlushFailed": (OUT, "failed write-ahead-log flushes of the storage engine (disk errors guessed): not settled"),
    "FirewoodWalFlushRetries": (None, 5),
    "FirewoodWalRolledBackTransactions": (OUT, "WAL transactions rolled back during replay (truncation or corruption): not settled"),
    "FirewoodSnapshotIngestFailures": (None, 1),
    "FirewoodRootReadErrors": (OUT, "state-root reads of the storage engine failing (storage errors): not settled"),
    "FirewoodRecoveryStuck": (None, 1),
    "FirewoodRecoveryIncomplete": (None, 1),
    "SnapshotStreamLagWarning": (OUT, "snapshot stream lag in seconds, worded as consumers lagging here and as replication behind in the critical rule: consumer lag or replication lag, not settled"),
    "SnapshotStreamLagCritical": (OUT, "snapshot stream lag in seconds, worded as replication behind here and as consumers lagging in the warning rule: not settled"),
}, {"instance": "validator-2.rpp.internal:9797", "job": "rpp-node"})
hub("networking/replay_guard.yaml", {
    "NetworkReplayGuardDropsWarning": (None, 87),
    "NetworkReplayGuardDropsCritical": (None, 264),
    "NetworkReplayGuardWindowFillWarning": (None, 0.8914),
    "NetworkReplayGuardWindowFillCritical": (None, 0.9732),
}, {"instance": "validator-2.rpp.internal:9797", "job": "rpp-node"})


# ---------------------------------------------------------------------------------------------
# 87maxi/ebpf-blockchain: monitoring/prometheus/alerts.yml (a research blockchain node instrumented
# with eBPF/XDP: P2P network, consensus, transactions, security and the node itself; Spanish
# wording. Its monitoring/prometheus/alerts/security-alerts.yml (attack detectors) is not taken)
EBPF = {"instance": "10.0.3.11:9090", "job": "ebpf-node-1"}
take("87maxi/ebpf-blockchain", "monitoring/prometheus/alerts.yml", "03ebfb6d78aa2448677ccb484f0aec0462eba957", {
    "HighPeerCount": (None, 63),
    "PeerDisconnectionRate": (None, 12.4),
    "HighNetworkLatency": (None, 1387),
    "BandwidthSaturation": (None, 13271040),
    "ConsensusSlow": (OUT, "a consensus round's duration above 10 s: a consensus engine's internal processing time, not a request's latency; not settled"),
    "LowValidatorCount": (None, 1),
    "HighConsensusRoundRate": (None, 74.2),
    "SlashingEventDetected": (None, 1),
    "TransactionQueueOverflow": ("queue_backlog", 742),
    "HighTransactionFailureRate": (OUT, "transactions failing validation per second (transactions submitted by clients and rejected; its text guesses a validation problem): neither failed requests of the node nor a settled cause"),
    "LowTransactionThroughput": (None, 0.42),
    "TransactionReplayAttack": (None, 3),
    "SybilAttackDetected": (None, 2),
    "XDPPacketDropRate": (None, 318.5),
    "XDPBlacklistGrowing": (None, 1264),
    "HighMemoryUsage": (OUT, "the node's memory above a fixed 1 GB without a stated limit (rule 8)"),
    "NodeDown": ("node_down", 0),
    "UptimeAnomaly": (None, 41),
}, EBPF)


# ---------------------------------------------------------------------------------------------
# LavenderFive/near-monitoring: prometheus/alert.rules (a validator operator's monitoring kit for a
# NEAR Protocol validator: the host's node_exporter rules, two of whose descriptions follow
# awesome-prometheus-alerts' "VALUE = ... LABELS" form, and its own NEAR rules (version, stake
# against the seat price, block and chunk production))
NEAR_FS = {"instance": "near-validator-1:9100", "job": "node_exporter", "device": "/dev/nvme0n1p1",
           "fstype": "ext4", "mountpoint": "/home/near"}


def near_series(name):
    if name.startswith(("Near", "Stake")):
        return {"instance": "yournode.io", "job": "near"}
    if name.startswith(("NodeDisk", "NodeInode", "NodeFilesystem")):
        return NEAR_FS
    return {"instance": "near-validator-1:9100", "job": "node_exporter"}


take("LavenderFive/near-monitoring", "prometheus/alert.rules", "ee422e548534b71a29e1f5827ae6dae4fbca2561", {
    "InstanceDown": ("node_down", 0),
    "NodeFilesystemReadonly": (OUT, "a filesystem remounted read-only (by errors, an operator or when full, not said): not settled (as OSM's readonly filesystem)"),
    "NodeDiskFull48H": ("disk_full", -412331212.8),
    "NodeDiskFull1H": ("disk_full", -16104652.8),
    "NodeDiskFull": ("disk_full", 0.0083),
    "NodeInodeFull48H": ("disk_full", -21504),
    "NodeInodeFull1H": ("disk_full", -917),
    "NodeInodeFull": ("disk_full", 0.0061),
    "NodeOutOfMemory": ("out_of_memory", 7.412),
    "NodeHighCPULoad": (None, 86.33),
    "NodeTimeOutOfSync": (None, 0),
    "NodeTextfileCollectorDown": (None, 3412),
    "NodeTextfileScrapingError": (None, 1),
    "NearVersionBuildNotMatched": (None, 1),
    "StakeBelowSeatPrice": (None, 96.4),
    "NearBlockNumberNotIncreasing": (None, 0),
    "NearChunkProducedNotIncreasing": (None, 0),
}, near_series, {"file": "near_validator.prom"})


# ---------------------------------------------------------------------------------------------
# Feustey/Daznode: prometheus/rules/alerts.yml (DazNode, a Lightning Network node-analytics API: its
# API, the data sources it reads (Lightning nodes and network explorers), the network graph, its
# cache; French wording)
take("Feustey/Daznode", "prometheus/rules/alerts.yml", "6e8e9fc9835be2d79d5f2c209aa1227954640548", {
    "HighAPILatency": ("high_latency", 1.84),
    "HighAPIErrorRate": ("high_error_rate", 7.3),
    "DataSourceUnavailable": ("node_down", 0, {"source": "lnd"}),
    "HighDataSourceLatency": ("high_latency", 1.27),
    "NetworkNodesDecrease": (None, 14273),
    "NetworkChannelsDecrease": (None, 46120),
    "HighCacheMissRate": (None, 0.6214),
    "HighMemoryUsage": (OUT, "resident memory as a share of the process's virtual memory (not use against a limit), worded as memory use above 80%: name and expression disagree (rule 8)"),
    "HighCPUUsage": (None, 93.1),
}, {"instance": "daznode-api:8000", "job": "daznode"}, {"source": "lnd", "cache_type": "node_metrics"})


FILES.write("rulesets33b.jsonl")
