#!/usr/bin/env python3
"""Validates Kubernetes manifests the way a strict `kubectl apply --validate=strict` would,
without a cluster: core kinds against the Kubernetes OpenAPI schemas shipped by PyPI's
kubernetes-validate, Prometheus Operator kinds against the CRD schemas in
tests/fixtures/kubernetes/prometheus-operator-crds.json (taken from the operator's repository,
see its "source" key). Unknown fields are errors in both. Prints one line per problem and exits
1 if there is any; prints one line per valid document otherwise.

usage: validate_kubernetes.py FILE...
"""
import json
import os
import sys

import jsonschema
import kubernetes_validate
import yaml

CRDS = os.path.join(os.path.dirname(__file__), "fixtures", "kubernetes", "prometheus-operator-crds.json")
# The version of the Kubernetes schemas to validate against; any that kubernetes-validate ships.
K8S_VERSION = os.environ.get("KUBERNETES_VERSION", "1.30.0")


def strict(schema):
    """CRD schemas leave objects open (the API server prunes unknown fields); close every
    object that lists its properties, so a misspelt key is an error as with --validate=strict."""
    if isinstance(schema, dict):
        schema = {k: strict(v) for k, v in schema.items()}
        if (schema.get("type") == "object" and "properties" in schema
                and "additionalProperties" not in schema
                and not schema.get("x-kubernetes-preserve-unknown-fields")):
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [strict(v) for v in schema]
    return schema


def main(files):
    with open(CRDS, encoding="utf-8") as f:
        crds = {k: strict(v) for k, v in json.load(f)["kinds"].items()}
    problems = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d is not None]
        for doc in docs:
            what = f"{path}: {doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
            key = f"{doc.get('apiVersion')}/{doc.get('kind')}"
            try:
                if key in crds:
                    # Draft 7 without checking the schema itself: the CRDs hold Go regexes
                    # (inline flags mid-pattern) that Python's re cannot compile.
                    jsonschema.Draft7Validator(crds[key]).validate(doc)
                    # The CRD schemas describe spec only; metadata is a core ObjectMeta.
                    meta = doc.get("metadata", {})
                    if not meta.get("name"):
                        raise ValueError("metadata.name is missing")
                else:
                    kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
            except jsonschema.ValidationError as e:
                path_ = ".".join(str(p) for p in e.absolute_path)
                print(f"{what}: {path_}: {e.message}")
                problems += 1
            except Exception as e:  # kubernetes_validate's own errors, a missing schema, …
                print(f"{what}: {type(e).__name__}: {e}")
                problems += 1
            else:
                print(f"{what}: valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
