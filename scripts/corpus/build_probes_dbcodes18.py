#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_dbcodes18.jsonl: database and data-store servers' own error
codes and messages, as they arrive inside alerts: a Loki log-pattern alert, an APM "new error
type" notification, a failed Kubernetes job, an error-ratio alert naming its top error, and a
Kibana watcher matching an exception pattern.

What the family tests: the servers' own words for a deadlock, a full tablespace / filegroup /
file system / transaction log / recovery area, memory that could not be allocated, a session or
connection limit reached, and a coordinator or TNS connect timeout, from Oracle (ORA-), Microsoft
SQL Server and Azure SQL (Msg NNNN), IBM Db2 (SQLnnnnN with SQLSTATE), MySQL, Redis, Elasticsearch,
MongoDB and Cassandra; and the look-alikes that must stay null: syntax errors, unknown objects,
permission and login failures, constraint and duplicate-key violations, optimistic version
conflicts, an operator's write block, a statement's own time limit (POLICY.md rule 15), a server
that timed out waiting for its *client* (rule 13), a write sent to a read-only replica, and
informational lines (a finished backup, SQL Server's "DBCC TRACEON 1222" that switches deadlock
tracing on).

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the
file:
- ORA-00060, SQL0911N reason 2, SQL0913N and SQL Server's deadlock lines are `deadlock`. Lock-wait
  *timeouts* (MySQL 1205, SQL Server 1222, SQL0911N reason 68) are `deadlock` too, as MySQL's 1205
  already is in databases.jsonl and Derby's 40XL1 in probes_derby16.jsonl.
- ORA-01653/01654/01652, ORA-19809/19815 (recovery area full: a storage quota that refuses
  writes, rule 7), SQL Server 9002/1105 and Azure SQL 40544 (size quota), SQL0968C, SQL0964C,
  SQL0289N, MySQL 1021, Elasticsearch's disk watermarks and flood-stage block (rule 17) and
  Cassandra's "Not enough space for compaction" are `disk_full` (tablespaces and filegroups are
  storage containers, rule 16).
- ORA-04031/04030, SQL Server 701, SQL0954C, MySQL 1037, Redis's OOM reply and Elasticsearch's
  circuit breakers ("Data too large", rule 17) are `out_of_memory` (rule 12).
- ORA-00018, Azure SQL 10928 with the *session* limit, SQL1040N, MySQL 1203, Redis's "max number
  of clients reached" and MongoDB's "Connection refused because there are too many open
  connections" (a server's own limit, rule 11) are `connection_pool_exhaustion`.
- ORA-12170/12535 (TNS connect timeout) and Cassandra's Read/WriteTimeoutException (a coordinator
  that gave up on its replicas) are `upstream_timeout` (rule 13); ORA-12541 "no listener" is a
  refused connection, `node_down` (rule 11).
- The look-alikes are `null` in log, APM, watcher and job frames; where an error-ratio alert
  names one as its top error, the alert keeps its symptom, `high_error_rate` (rule 1).

Left out as ambiguous (rule 6): ORA-00257 (archiver error: the docs only say the destination is
"most likely" out of space), ORA-00020 (maximum processes: a process limit, rule 2 vs. sessions),
ORA-12519 (no service handler: cause not stated), ORA-12154 (could not resolve the connect
identifier: a naming-file lookup, not DNS), ORA-01555 (snapshot too old), SQL Server -2 "Execution
Timeout Expired" (a client's own command timeout), Azure SQL 40501 "service is currently busy"
and 10928 with the *worker* limit, SQL1224N and SQL0904N (cause not in the words), MySQL 1114
"The table is full" (a disk or a MEMORY table's size), Redis MISCONF without an errno, BUSY and
LOADING, Elasticsearch's es_rejected_execution_exception (queue or rate limit), MongoDB's
WriteConflict, ExceededMemoryLimit (a per-stage limit) and NotWritablePrimary (an election),
Cassandra's OverloadedException, etcd's "too many requests" (apply backlog) and CockroachDB's
retry errors. ClickHouse, MariaDB and ScyllaDB are held out (heldout_check.py) and not used.
MySQL 1213 and 1041, and SQL Server 1205, were already quoted in the tuning corpora and are
not repeated.

Sources: Oracle's error help pages (docs.oracle.com/en/error-help/db/ora-NNNNN/), Microsoft's
Database Engine error pages (learn.microsoft.com), IBM's Db2 11.5 message reference
(ibm.com/docs), and repository files at the commits given in each item (mysql/mysql-server,
redis/redis, elastic/elasticsearch, mongodb/mongo, apache/cassandra). For MongoDB's E11000,
Unauthorized and MaxTimeMSExpired the cited file, error_codes.yml, names the codes (11000, 13, 50);
their errmsg texts are the server's replies as pymongo and the Java driver print them. Placeholders are filled
with made-up objects, sizes and hosts; the alert frames are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, provenance, probe_item, pick  # noqa: E402

family = ProbeFamily("probes_dbcodes18.jsonl")

ORA = "https://docs.oracle.com/en/error-help/db/ora-{}/"
MSSQL = ("https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/"
         "mssqlserver-{}-database-engine-error")
AZSQL = "https://learn.microsoft.com/en-us/azure/azure-sql/database/troubleshoot-common-errors-issues"
MSSQL_ERRS = "https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors"
DB2 = "https://www.ibm.com/docs/en/db2/11.5?topic=messages-{}"
MYSQL = ("mysql/mysql-server", "share/messages_to_clients.txt", "bd30eafe34899592d402de4bd2f3dca326fb0d6a")
REDIS_SRV = ("redis/redis", "src/server.c", "a917c6c21c7ab8542f7e65ca51892ad152735664")
REDIS_NET = ("redis/redis", "src/networking.c", "d4cea2a7cd07dbae149bbbec086fd368dde027d0")
ES_DISK = ("elastic/elasticsearch",
           "server/src/main/java/org/elasticsearch/cluster/routing/allocation/DiskThresholdMonitor.java",
           "c9429c05a081e0494f86509de385c86d034d8e6b")
ES_CB = ("elastic/elasticsearch",
         "server/src/main/java/org/elasticsearch/indices/breaker/HierarchyCircuitBreakerService.java",
         "cc8c7d078d57ed2c9c7e639db29d0464b48e8d36")
ES_META = ("elastic/elasticsearch",
           "server/src/main/java/org/elasticsearch/cluster/metadata/IndexMetadata.java",
           "97b9f72c079311c46b789db18708f6cd24d52a3f")
MONGO_SM = ("mongodb/mongo", "src/mongo/transport/session_manager_common.cpp",
            "57753aa411d859a630f50930164c20e42d65ae12")
MONGO_EC = ("mongodb/mongo", "src/mongo/base/error_codes.yml", "a07e8767363fbcd9f9d049516193b55f958b6999")
ES_CHILD = ("elastic/elasticsearch",
            "server/src/main/java/org/elasticsearch/common/breaker/ChildMemoryCircuitBreaker.java",
            "ce4a9cf8504564ea84a9e05382f4cf1373e56556")
CASS_TO = ("apache/cassandra", "src/java/org/apache/cassandra/exceptions/RequestTimeoutException.java",
           "f5bb0c8ad7563f4caf2870dc85f0139ee4e04813")
CASS_CT = ("apache/cassandra", "src/java/org/apache/cassandra/db/compaction/CompactionTask.java",
           "4e6167da57915e803946f35f039d7a33680f4693")

# (server, key, client-side exception or None, message as the server says it, label, why,
#  source: a URL string or a (repo, path, commit) tuple, frames to render)
# Frames: 0 Loki log pattern, 1 APM new error type, 2 failed job, 3 error ratio, 4 Kibana watcher.
DL, DF, OOM, CP, UT, ND = "deadlock", "disk_full", "out_of_memory", "connection_pool_exhaustion", \
    "upstream_timeout", "node_down"
MESSAGES = [
    # Oracle
    ("oracle", "ORA-00060", "java.sql.SQLException",
     "ORA-00060: deadlock detected while waiting for resource", DL, "a detected deadlock",
     ORA.format("00060"), (0, 3)),
    ("oracle", "ORA-01653", "java.sql.SQLException",
     "ORA-01653: unable to extend table SALES.ORDER_LINES by 1024 in tablespace SALES_DATA", DF,
     "a tablespace full (rule 16)", ORA.format("01653"), (2, 4)),
    ("oracle", "ORA-01654", "cx_Oracle.DatabaseError",
     "ORA-01654: unable to extend index SALES.PK_ORDER_LINES by 128 in tablespace SALES_IDX", DF,
     "a tablespace full (rule 16)", ORA.format("01654"), (0, 3)),
    ("oracle", "ORA-01652", "java.sql.SQLException",
     "ORA-01652: unable to extend temp segment by 128 in tablespace TEMP", DF,
     "the temporary tablespace full (rule 16)", ORA.format("01652"), (1, 2)),
    ("oracle", "ORA-04031", "java.sql.SQLException",
     'ORA-04031: unable to allocate 4160 bytes of shared memory ("shared pool","unknown object",'
     '"sga heap(1,0)","kglsim object batch")', OOM, "shared memory could not be allocated",
     ORA.format("04031"), (0, 4)),
    ("oracle", "ORA-04030", "oracledb.exceptions.DatabaseError",
     "ORA-04030: out of process memory when trying to allocate 16328 bytes (koh-kghu call ,pmuccst: adt/record)",
     OOM, "process memory could not be allocated", ORA.format("04030"), (1, 3)),
    ("oracle", "ORA-12170", "java.sql.SQLRecoverableException",
     "IO Error: ORA-12170: TNS:Connect timeout occurred", UT, "a connect timeout (rule 13)",
     ORA.format("12170"), (0, 3)),
    ("oracle", "ORA-12535", "cx_Oracle.DatabaseError",
     "ORA-12535: TNS:operation timed out", UT, "a TNS connect operation timed out (rule 13)",
     ORA.format("12535"), (2, 4)),
    ("oracle", "ORA-00018", "oracledb.exceptions.DatabaseError",
     "ORA-00018: maximum number of sessions exceeded", CP, "the session limit reached",
     ORA.format("00018"), (0,)),
    ("oracle", "ORA-12541", "java.sql.SQLRecoverableException",
     "IO Error: ORA-12541: TNS:no listener", ND, "no listener: a refused connection (rule 11)",
     ORA.format("12541"), (1, 4)),
    ("oracle", "ORA-19815", None,
     "ORA-19815: WARNING: db_recovery_file_dest_size of 214748364800 bytes is 100.00% used, and has 0 "
     "remaining bytes available.", DF, "the recovery area quota used up (rule 7)",
     ORA.format("19815"), (0, 4)),
    ("oracle", "ORA-19809", None,
     "ORA-19809: limit exceeded for recovery files", DF, "the recovery area quota refuses writes (rule 7)",
     ORA.format("19809"), (2,)),
    ("oracle", "ORA-00942", "java.sql.SQLSyntaxErrorException",
     "ORA-00942: table or view does not exist", None, "an unknown object (look-alike)",
     ORA.format("00942"), (0, 3, 2)),
    ("oracle", "ORA-00001", "java.sql.SQLIntegrityConstraintViolationException",
     "ORA-00001: unique constraint (SALES.PK_ORDERS) violated", None, "a constraint violation (look-alike)",
     ORA.format("00001"), (1, 4)),
    ("oracle", "ORA-01017", "java.sql.SQLException",
     "ORA-01017: invalid username/password; logon denied", None, "a failed login (look-alike)",
     ORA.format("01017"), (2, 4)),
    ("oracle", "ORA-00904", "cx_Oracle.DatabaseError",
     'ORA-00904: "CUST_REGION": invalid identifier', None, "a syntax error (look-alike)",
     ORA.format("00904"), (0, 1)),
    ("oracle", "ORA-01031", "java.sql.SQLSyntaxErrorException",
     "ORA-01031: insufficient privileges", None, "permission denied (look-alike)", ORA.format("01031"), (4, 0)),
    ("oracle", "ORA-28001", "java.sql.SQLException",
     "ORA-28001: the password has expired", None, "password expiry (rule 5; look-alike)",
     ORA.format("28001"), (2,)),
    ("oracle", "ORA-01013", "java.sql.SQLTimeoutException",
     "ORA-01013: user requested cancel of current operation", None,
     "a statement cancelled by its own caller (rule 13/15; look-alike)", ORA.format("01013"), (1,)),
    ("oracle", "ORA-02291", "java.sql.SQLIntegrityConstraintViolationException",
     "ORA-02291: integrity constraint (SALES.FK_ORDER_CUST) violated - parent key not found", None,
     "a constraint violation (look-alike)", ORA.format("02291"), (0, 3, 1)),
    # SQL Server / Azure SQL
    ("mssql", "9002", "Microsoft.Data.SqlClient.SqlException",
     "The transaction log for database 'BillingDB' is full due to 'LOG_BACKUP'.", DF,
     "the transaction log full (storage container, rule 16)", MSSQL.format("9002"), (0, 3)),
    ("mssql", "1105", "Microsoft.Data.SqlClient.SqlException",
     "Could not allocate space for object 'dbo.AuditTrail'.'PK_AuditTrail' in database 'BillingDB' because "
     "the 'PRIMARY' filegroup is full. Create disk space by deleting unneeded files, dropping objects in the "
     "filegroup, adding additional files to the filegroup, or setting autogrowth on for existing files in "
     "the filegroup.", DF, "a filegroup full (rule 16)", MSSQL.format("1105"), (1, 4)),
    ("mssql", "701", "System.Data.SqlClient.SqlException",
     "There is insufficient system memory in resource pool 'default' to run this query.", OOM,
     "memory could not be granted", MSSQL.format("701"), (0, 2)),
    ("mssql", "1222", "Microsoft.Data.SqlClient.SqlException",
     "Lock request time out period exceeded.", DL, "a lock-wait timeout (precedent: MySQL 1205)",
     MSSQL.format("1222"), (3, 4)),
    ("mssql", "10928", "Microsoft.Data.SqlClient.SqlException",
     "Resource ID : 2. The session limit for the database is 900 and has been reached. See "
     "'https://go.microsoft.com/fwlink/?LinkId=267637' for assistance.", CP,
     "the session limit reached", AZSQL, (1, 3)),
    ("mssql", "40544", "Microsoft.Data.SqlClient.SqlException",
     "The database 'tenant-eu-17' has reached its size quota. Partition or delete data, drop indexes, or "
     "consult the documentation for possible resolutions.", DF, "a size quota refusing writes (rule 7)",
     AZSQL, (0, 2)),
    ("mssql", "208", "Microsoft.Data.SqlClient.SqlException",
     "Invalid object name 'dbo.InvoiceLines'.", None, "an unknown object (look-alike)",
     MSSQL.format("208"), (0, 3, 4)),
    ("mssql", "2627", "Microsoft.Data.SqlClient.SqlException",
     "Violation of PRIMARY KEY constraint 'PK_Invoices'. Cannot insert duplicate key in object "
     "'dbo.Invoices'. The duplicate key value is (88412).", None, "a duplicate key (look-alike)",
     MSSQL.format("2627"), (1, 4)),
    ("mssql", "18456", None,
     "Login failed for user 'billing_app'. Reason: Password did not match that for the login provided. "
     "[CLIENT: 10.42.7.19]", None, "a failed login (look-alike)", MSSQL.format("18456"), (0, 4)),
    ("mssql", "229", "System.Data.SqlClient.SqlException",
     "The SELECT permission was denied on the object 'Invoices', database 'BillingDB', schema 'dbo'.", None,
     "permission denied (look-alike)", MSSQL_ERRS, (2,)),
    ("mssql", "102", "Microsoft.Data.SqlClient.SqlException",
     "Incorrect syntax near 'FROM'.", None, "a syntax error (look-alike)", MSSQL.format("102"), (1, 2)),
    ("mssql", "547", "Microsoft.Data.SqlClient.SqlException",
     'The INSERT statement conflicted with the FOREIGN KEY constraint "FK_Invoices_Customers". The conflict '
     'occurred in database "BillingDB", table "dbo.Customers", column \'CustomerId\'.', None,
     "a constraint violation (look-alike)", MSSQL_ERRS, (4,)),
    ("mssql", "2528", None,
     "DBCC TRACEON 1222, server process ID (SPID) 57. This is an informational message only; no user action "
     "is required.", None, "deadlock tracing switched on: a setting, not a deadlock (rule 9)",
     MSSQL_ERRS, (0,)),
    ("mssql", "18264", None,
     "Database backed up. Database: BillingDB, creation date(time): 2024/03/11(09:14:02), pages dumped: "
     "918273, first LSN: 88123:4410:1, last LSN: 88125:112:1, number of dump devices: 1, device information: "
     "(FILE=1, TYPE=DISK: {'/var/opt/mssql/backup/BillingDB_full.bak'}). This is an informational message "
     "only. No user action is required.", None, "an informational backup line (look-alike)",
     MSSQL_ERRS, (4,)),
    # Db2
    ("db2", "SQL0911N2", "com.ibm.db2.jcc.am.SqlTransactionRollbackException",
     'SQL0911N The current transaction has been rolled back because of a deadlock or timeout. Reason code '
     '"2". SQLSTATE=40001', DL, "reason 2: a deadlock", DB2.format("sql0911n"), (0, 3)),
    ("db2", "SQL0911N68", "com.ibm.db2.jcc.am.SqlTransactionRollbackException",
     'SQL0911N The current transaction has been rolled back because of a deadlock or timeout. Reason code '
     '"68". SQLSTATE=40001', DL, "reason 68: a lock timeout (precedent: MySQL 1205)",
     DB2.format("sql0911n"), (2, 4)),
    ("db2", "SQL0913N", "com.ibm.db2.jcc.am.SqlTransactionRollbackException",
     'SQL0913N Unsuccessful execution caused by deadlock or timeout. Reason code "2". SQLSTATE=57033', DL,
     "reason 2: a deadlock", DB2.format("sql0913n"), (1,)),
    ("db2", "SQL0968C", "com.ibm.db2.jcc.am.SqlException",
     "SQL0968C The file system is full. SQLSTATE=57011", DF, "a file system full",
     DB2.format("sql0968c"), (0, 3)),
    ("db2", "SQL0964C", "com.ibm.db2.jcc.am.SqlException",
     "SQL0964C The transaction log for the database is full. SQLSTATE=57011", DF,
     "the transaction log full (rule 16)", DB2.format("sql0964c"), (2, 4)),
    ("db2", "SQL0289N", "com.ibm.db2.jcc.am.SqlException",
     'SQL0289N Unable to allocate new pages in table space "USERSPACE1". SQLSTATE=57011', DF,
     "a table space full (rule 16)", DB2.format("sql0289n"), (1, 3)),
    ("db2", "SQL1040N", "com.ibm.db2.jcc.am.DisconnectNonTransientConnectionException",
     "SQL1040N The maximum number of applications is already connected to the database. SQLSTATE=57030", CP,
     "the connection limit reached", DB2.format("sql1040n"), (0, 2)),
    ("db2", "SQL0954C", "com.ibm.db2.jcc.am.SqlException",
     "SQL0954C Not enough storage is available in the application heap to process the statement. "
     "SQLSTATE=57011", OOM, "a heap out of memory", DB2.format("sql0954c"), (1, 4)),
    ("db2", "SQL0204N", "com.ibm.db2.jcc.am.SqlSyntaxErrorException",
     '"DB2INST1.ORDER_ARCHIVE" is an undefined name.. SQLCODE=-204, SQLSTATE=42704', None,
     "an unknown object (look-alike)", DB2.format("sql0204n"), (0, 3, 2)),
    ("db2", "SQL0803N", "com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException",
     'SQL0803N One or more values in the INSERT statement, UPDATE statement, or foreign key update caused by '
     'a DELETE statement are not valid because the primary key, unique constraint or unique index identified '
     'by "1" constrains table "DB2INST1.ORDERS" from having duplicate values for the index key. '
     'SQLSTATE=23505', None, "a duplicate key (look-alike)", DB2.format("sql0803n"), (4,)),
    ("db2", "SQL0551N", "com.ibm.db2.jcc.am.SqlSyntaxErrorException",
     'SQL0551N The statement failed because the authorization ID does not have the required authorization '
     'or privilege to perform the operation. Authorization ID: "APPUSER". Operation: "SELECT". Object: '
     '"DB2INST1.PAYROLL". SQLSTATE=42501', None, "permission denied (look-alike)",
     DB2.format("sql0551n"), (2,)),
    ("db2", "SQL0104N", "com.ibm.db2.jcc.am.SqlSyntaxErrorException",
     'SQL0104N An unexpected token "FORM" was found following "SELECT ORDER_ID". Expected tokens may '
     'include: "FROM". SQLSTATE=42601', None, "a syntax error (look-alike)", DB2.format("sql0104n"), (1,)),
    ("db2", "SQL30082N", "com.ibm.db2.jcc.am.SqlInvalidAuthorizationSpecException",
     'SQL30082N Security processing failed with reason "24" ("USERNAME AND/OR PASSWORD INVALID"). '
     'SQLSTATE=08001', None, "a failed login (look-alike)", DB2.format("sql30082n"), (0, 4)),
    # MySQL
    ("mysql", "1205", "com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException",
     "Lock wait timeout exceeded; try restarting transaction", DL,
     "a lock-wait timeout (precedent: databases.jsonl)", MYSQL, (1, 4)),
    ("mysql", "1037", "pymysql.err.OperationalError",
     "(1037, 'Out of memory; restart server and try again (needed 65536 bytes)')", OOM,
     "the server out of memory", MYSQL, (0, 3)),
    ("mysql", "1203", "pymysql.err.OperationalError",
     "(1203, \"User orders_rw already has more than 'max_user_connections' active connections\")", CP,
     "a per-user connection limit reached", MYSQL, (2, 4)),
    ("mysql", "1021", None,
     "ERROR 1021 (HY000): Disk full (/var/lib/mysql/tmp/#sql_1f2a_0.MAI); waiting for someone to free some "
     "space... (errno: 28 - No space left on device)", DF, "a full disk", MYSQL, (0, 2)),
    ("mysql", "1064", "pymysql.err.ProgrammingError",
     "(1064, \"You have an error in your SQL syntax; check the manual that corresponds to your MySQL server "
     "version for the right syntax to use near 'FROM orders WHERE' at line 1\")", None,
     "a syntax error (look-alike)", MYSQL, (0, 3, 1)),
    ("mysql", "1045", "java.sql.SQLException",
     "Access denied for user 'report'@'10.4.2.17' (using password: YES)", None, "a failed login (look-alike)",
     MYSQL, (4, 2)),
    ("mysql", "1062", "java.sql.SQLIntegrityConstraintViolationException",
     "Duplicate entry '88412' for key 'orders.PRIMARY'", None, "a duplicate key (look-alike)", MYSQL, (1, 4)),
    ("mysql", "1146", "pymysql.err.ProgrammingError",
     "(1146, \"Table 'shop.order_archive' doesn't exist\")", None, "an unknown object (look-alike)", MYSQL, (2, 0)),
    ("mysql", "1451", "java.sql.SQLIntegrityConstraintViolationException",
     "Cannot delete or update a parent row: a foreign key constraint fails (`shop`.`order_lines`, CONSTRAINT "
     "`fk_lines_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`))", None,
     "a constraint violation (look-alike)", MYSQL, (0,)),
    ("mysql", "3024", "java.sql.SQLTimeoutException",
     "Query execution was interrupted, maximum statement execution time exceeded", None,
     "the statement's own time limit (rule 15; look-alike)", MYSQL, (4, 3)),
    ("mysql", "1159", None,
     "ERROR 1159 (08S01): Got timeout reading communication packets", None, "the server timed out waiting for its client (rule 13; look-alike)",
     MYSQL, (0,)),
    # Redis
    ("redis", "OOM", "redis.exceptions.ResponseError",
     "OOM command not allowed when used memory > 'maxmemory'.", OOM, "maxmemory reached (rule 12)",
     REDIS_SRV, (1, 4)),
    ("redis", "MAXCLIENTS", "redis.exceptions.ConnectionError",
     "ERR max number of clients reached", CP, "maxclients reached", REDIS_NET, (2, 3)),
    ("redis", "WRONGTYPE", "redis.exceptions.ResponseError",
     "WRONGTYPE Operation against a key holding the wrong kind of value", None, "a client bug (look-alike)",
     REDIS_SRV, (0, 3, 2)),
    ("redis", "NOAUTH", "redis.exceptions.AuthenticationError",
     "NOAUTH Authentication required.", None, "a missing password (look-alike)", REDIS_SRV, (4, 0)),
    ("redis", "READONLY", "redis.exceptions.ReadOnlyError",
     "READONLY You can't write against a read only replica.", None,
     "a write sent to a replica (look-alike)", REDIS_SRV, (1,)),
    ("redis", "NOSCRIPT", "redis.exceptions.NoScriptError",
     "NOSCRIPT No matching script. Please use EVAL.", None, "a script not cached (look-alike)", REDIS_SRV, (2,)),
    # Elasticsearch
    ("elasticsearch", "flood", None,
     "flood stage disk watermark [95%] exceeded on [Vq3xK2mTQeW1yB0p][es-data-3][/usr/share/elasticsearch/"
     "data/nodes/0] free: 4.1gb[4.2%], all indices on this node will be marked read-only", DF,
     "flood-stage disk watermark (rule 17)", ES_DISK, (0, 4)),
    ("elasticsearch", "high", None,
     "high disk watermark [90%] exceeded on [Lr8aP0sZRkq6cW2d][es-data-1][/usr/share/elasticsearch/data/"
     "nodes/0] free: 9.7gb[9.9%], shards will be relocated away from this node", DF,
     "high disk watermark (rule 2)", ES_DISK, (0, 2)),
    ("elasticsearch", "low", None,
     "low disk watermark [85%] exceeded on [Lr8aP0sZRkq6cW2d][es-data-1][/usr/share/elasticsearch/data/"
     "nodes/0] free: 14.2gb[14.6%], replicas will not be assigned to this node", DF,
     "low disk watermark (rule 2)", ES_DISK, (4,)),
    ("elasticsearch", "ro-allow-delete", "co.elastic.clients.elasticsearch._types.ElasticsearchException",
     "[es/bulk] failed: [cluster_block_exception] index [shipments-2026.12.04] blocked by: "
     "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete "
     "block];", DF, "flood-stage block (rule 17)", ES_META, (1, 3)),
    ("elasticsearch", "parent", "org.elasticsearch.common.breaker.CircuitBreakingException",
     "[parent] Data too large, data for [indices:data/write/bulk[s]] would be [16314023904/15.1gb], which is "
     "larger than the limit of [16213752217/15gb], real usage: [16314021088/15.1gb], new bytes reserved: "
     "[2816/2.7kb], usages [fielddata=0/0b, request=0/0b, inflight_requests=2816/2.7kb, model_inference=0/0b, "
     "eql_sequence=0/0b]", OOM, "the parent (heap) circuit breaker (rule 17)", ES_CB, (0, 2)),
    ("elasticsearch", "fielddata", "org.elasticsearch.common.breaker.CircuitBreakingException",
     "[fielddata] Data too large, data for [customer.keyword] would be [4123456789/3.8gb], which is larger "
     "than the limit of [4080218931/3.7gb]", OOM, "the fielddata circuit breaker (rule 12)", ES_CHILD, (4,)),
    ("elasticsearch", "write-block", "co.elastic.clients.elasticsearch._types.ElasticsearchException",
     "[es/bulk] failed: [cluster_block_exception] index [audit-2026.11] blocked by: [FORBIDDEN/8/index write "
     "(api)];", None, "an operator's write block (rule 9; look-alike)", ES_META, (2, 4)),
    # MongoDB
    ("mongodb", "22942", None,
     '{"t":{"$date":"2026-12-04T03:12:44.118+00:00"},"s":"I","c":"NETWORK","id":22942,"ctx":"listener",'
     '"msg":"Connection refused because there are too many open connections","attr":{"remote":'
     '"10.42.9.31:51822","connectionCount":819}}', CP,
     "the server's own connection limit (rule 11)", MONGO_SM, (0, 2, 4)),
    ("mongodb", "E11000", "com.mongodb.MongoWriteException",
     "E11000 duplicate key error collection: shop.orders index: _id_ dup key: { _id: 88412 }", None,
     "a duplicate key (look-alike)", MONGO_EC, (1, 3, 0)),
    ("mongodb", "Unauthorized", "pymongo.errors.OperationFailure",
     "command find requires authentication, full error: {'ok': 0.0, 'errmsg': 'command find requires "
     "authentication', 'code': 13, 'codeName': 'Unauthorized'}", None, "authentication missing (look-alike)",
     MONGO_EC, (2, 1)),
    ("mongodb", "MaxTimeMSExpired", "pymongo.errors.ExecutionTimeout",
     "operation exceeded time limit, full error: {'ok': 0.0, 'errmsg': 'operation exceeded time limit', "
     "'code': 50, 'codeName': 'MaxTimeMSExpired'}", None, "the operation's own time limit (rule 15; look-alike)",
     MONGO_EC, (4,)),
    # Cassandra
    ("cassandra", "WriteTimeout", "org.apache.cassandra.exceptions.WriteTimeoutException",
     "Operation timed out - received only 1 responses.", UT,
     "the coordinator gave up on its replicas (rule 13)", CASS_TO, (1, 3)),
    ("cassandra", "ReadTimeout", "org.apache.cassandra.exceptions.ReadTimeoutException",
     "Operation timed out - received only 0 responses.", UT,
     "the coordinator gave up on its replicas (rule 13)", CASS_TO, (2, 4)),
    ("cassandra", "compaction", None,
     "WARN  [CompactionExecutor:14] 2026-12-04 03:12:44,118 CompactionTask.java:311 - Not enough space for "
     "compaction, estimated sstables = 4, expected write size = 53687091200", DF,
     "compaction refused for lack of disk space", CASS_CT, (0, 4)),
]

SERVICES = {
    "oracle": ["ledger-core", "claims-intake", "erp-sync", "billing-batch", "pricing-engine"],
    "mssql": ["invoice-api", "tenant-portal", "payroll-svc", "crm-connector"],
    "db2": ["policy-admin", "core-banking", "mainframe-bridge", "settlement"],
    "mysql": ["shop-api", "order-history", "catalog-writer", "cart-svc"],
    "redis": ["session-cache", "rate-counter", "feed-builder", "leaderboard"],
    "elasticsearch": ["log-shipper", "search-indexer", "product-search", "audit-ingest"],
    "mongodb": ["profile-svc", "events-api", "content-store"],
    "cassandra": ["timeline-writer", "telemetry-sink", "device-state"],
}
DB_HOST = {"oracle": "ora-prd-{}", "mssql": "sqlprd{:02d}", "db2": "db2p{}", "mysql": "mysql-{}",
           "redis": "redis-{}", "elasticsearch": "es-data-{}", "mongodb": "mongo-rs0-{}",
           "cassandra": "cass-{}"}
SERVER_NAME = {"oracle": "Oracle", "mssql": "SQL Server", "db2": "Db2", "mysql": "MySQL", "redis": "Redis",
               "elasticsearch": "Elasticsearch", "mongodb": "MongoDB", "cassandra": "Cassandra"}
SERVER_LOG = {"oracle", "elasticsearch", "mongodb", "cassandra", "mssql"}


def source_of(src):
    if isinstance(src, str):
        return page_provenance(src), src.split("/")[2]
    return provenance(*src), src[0]


def line_of(exc, message):
    return f"{exc}: {message}" if exc else message


def frame(shape, server, key, exc, message, seed):
    svc = pick(f"{seed}-svc", SERVICES[server])
    ns = pick(f"{seed}-ns", ["payments", "core", "data", "platform", "retail"])
    pod = f"{svc}-{pick(seed + '-rs', ['7d9f8c6b5', '5b7c9d4f8', '84c6f7d9b'])}-{pick(seed + '-p', ['x2kqz', 'mv8tn', 'q4hwl', 'r7cjd'])}"
    host = DB_HOST[server].format(int(pick(seed + "-h", ["1", "2", "3", "4"])))
    line = line_of(exc, message)
    first = line.split("\n")[0]
    name = SERVER_NAME[server]
    if shape == 0:
        who = host if (exc is None and server in SERVER_LOG) else pod
        return ({"alertname": f"{name.replace(' ', '')}ErrorLogPattern", "severity": "warning",
                 "namespace": ns, "job": "loki-ruler", "service": svc},
                {"summary": f"Error pattern matched in logs of {who}",
                 "description": f"LogQL count_over_time({{namespace=\"{ns}\", app=\"{svc}\"}} |= \"rror\" [5m]) > 0\n"
                                f"sample: {first}"})
    if shape == 1:
        env = pick(seed + "-env", ["prod", "production", "prod-eu"])
        return ({"alertname": "APMNewErrorType", "service": svc, "env": env, "sender": "apm"},
                {"message": f"New error type detected in service {svc} ({env}): {first}",
                 "summary": f"{svc}: first occurrence of a new error"})
    if shape == 2:
        job = f"{svc}-{pick(seed + '-job', ['nightly-load', 'reconcile', 'purge-old', 'reindex', 'month-close'])}"
        return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": ns, "job_name": job},
                {"summary": f"Job {ns}/{job} failed to complete.",
                 "description": f"Job {ns}/{job} has failed. Last log line of "
                                f"{job}-{pick(seed + '-p', ['8xk2q', 'tz4mv', 'p9wlc'])}:\n{line}"})
    if shape == 3:
        pct = pick(seed + "-pct", ["4.8", "6.1", "7.3", "9.6", "12.4"])
        return ({"alertname": "ServiceErrorRatioHigh", "severity": "critical", "namespace": ns,
                 "service": svc},
                {"summary": f"{svc}: {pct}% of requests failing over 10m",
                 "description": f"Error ratio of {svc} is {pct}% (threshold 2%). Top error by count: {first}"})
    if shape == 4:
        return ({"alertname": "WatcherExceptionPattern", "severity": "high", "service": svc,
                 "index": f"logs-{svc}-*"},
                {"summary": f"Watcher '{svc}-db-errors' matched {pick(seed + '-n', ['3', '17', '42', '118'])} "
                            f"documents in the last 15m",
                 "description": f"host: {host if exc is None else pod}\nmessage: {line}"})
    raise ValueError(shape)


for server, key, exc, message, label, why, src, shapes in MESSAGES:
    prov, project = source_of(src)
    for shape in shapes:
        labels, annotations = frame(shape, server, key, exc, message, f"{server}-{key}-{shape}")
        expected = label
        reason = why
        if label is None and shape == 3:
            expected, reason = "high_error_rate", f"{why}; the error-ratio alert keeps its symptom (rule 1)"
        source = f"{SERVER_NAME[server]} {key}: {reason}"
        family.append(probe_item(labels, annotations, expected, source, project, prov))

if __name__ == "__main__":
    family.write()
