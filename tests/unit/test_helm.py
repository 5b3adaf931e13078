"""Helm chart checks: lint, offline render, schema validation and drift against the code.

The chart is rendered offline with ``helm-python-sdk`` (Helm's Go SDK, no binary) for the default
values and every ``values-<region>.yaml``. Built-in kinds are validated with
``kubernetes_validate`` against Kubernetes ``KUBE_VERSION``; the RayCluster is validated against
KubeRay's published CRD schema (``/work/shared/reference``), made strict so unknown fields fail as
the API server would prune them; the ServiceMonitor gets structural checks. Every ``SPATIUS_*``
variable the chart sets must name a field of ``spatius_motion.settings.Settings``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

import pytest

helm = pytest.importorskip("helm_python")
kubernetes_validate = pytest.importorskip("kubernetes_validate")
jsonschema = pytest.importorskip("jsonschema")
yaml = pytest.importorskip("yaml")

from spatius_motion.settings import ENV_PREFIX, Settings  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
CHART_DIR = REPO_ROOT / "helm" / "spatius-motion"
REGIONS = ("us-west", "ap-northeast", "cn-beijing")
KUBE_VERSION = "1.30"
RAYCLUSTER_CRD = REPO_ROOT.parent / "shared" / "reference" / "kuberay-rayclusters-crd.yaml"
RELEASE = "sm"
NAMESPACE = "spatius"
# Kinds kubernetes_validate has no schema for, and how this file checks them instead.
CUSTOM_KINDS = {"RayCluster", "ServiceMonitor"}
SETTINGS_ENV = {ENV_PREFIX + name.upper(): name for name in Settings.__struct_fields__}
ALL_OPTIONAL_ON = {
    "publicDomain": "spatius.ai",
    "region": "us-west",
    "ingress": {"enabled": True},
    "metrics": {"serviceMonitor": {"enabled": True}},
    "networkPolicy": {"enabled": True},
    "image": {"pullSecrets": ["regcred"]},
    "ray": {"gpuWorkers": {"enabled": True}},
    "shards": {
        "numGpus": 1,
        "onnxProviders": "CUDAExecutionProvider,CPUExecutionProvider",
        "autoscaler": {"enabled": True},
    },
    "gateway": {"autoscaling": {"customMetric": {"enabled": True}}},
    "globalRedis": {"url": "rediss://global.example:6380/0"},
    "admin": {"existingSecret": "spatius-admin"},
}


# --- helpers -------------------------------------------------------------------------------


def region_values(region: str) -> dict[str, Any]:
    return helm.values_from_yaml((CHART_DIR / f"values-{region}.yaml").read_text())


def render(values: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every object the chart renders for ``values`` (chart defaults underneath)."""
    with helm.Chart.load(CHART_DIR) as chart:
        manifests = chart.render(values or {}, name=RELEASE, namespace=NAMESPACE, is_install=True)
    docs = []
    for path, text in manifests.items():
        if path.endswith("NOTES.txt"):
            continue
        docs.extend(doc for doc in yaml.safe_load_all(text) if doc)
    return docs


def by_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def one(docs: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = by_kind(docs, kind)
    assert len(found) == 1, f"expected one {kind}, got {len(found)}"
    return found[0]


def pod_specs(docs: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(owner description, pod spec) of every pod template, RayCluster groups included."""
    for doc in docs:
        name = f"{doc['kind']}/{doc['metadata']['name']}"
        if doc["kind"] in ("Deployment", "StatefulSet", "Job"):
            yield name, doc["spec"]["template"]["spec"]
        elif doc["kind"] == "RayCluster":
            yield f"{name}/head", doc["spec"]["headGroupSpec"]["template"]["spec"]
            for group in doc["spec"].get("workerGroupSpecs", []):
                yield f"{name}/{group['groupName']}", group["template"]["spec"]


def container_env(docs: list[dict[str, Any]], container: dict[str, Any]) -> dict[str, Any]:
    """Variable name -> value (str) or valueFrom (dict), envFrom ConfigMaps resolved from ``docs``."""
    maps = {cm["metadata"]["name"]: cm.get("data", {}) for cm in by_kind(docs, "ConfigMap")}
    env: dict[str, Any] = {}
    for source in container.get("envFrom", []):
        ref = source["configMapRef"]["name"]
        assert ref in maps, f"envFrom names a ConfigMap the chart does not render: {ref}"
        env.update(maps[ref])
    for var in container.get("env", []):
        env[var["name"]] = var.get("value", var.get("valueFrom"))
    return env


def unknown_spatius_vars(docs: list[dict[str, Any]]) -> set[str]:
    """SPATIUS_* names any container gets that are not Settings fields."""
    unknown = set()
    for _, spec in pod_specs(docs):
        for container in spec["containers"]:
            for name in container_env(docs, container):
                if name.startswith(ENV_PREFIX) and name not in SETTINGS_ENV:
                    unknown.add(name)
    for cm in by_kind(docs, "ConfigMap"):
        unknown |= {k for k in cm.get("data", {}) if k.startswith(ENV_PREFIX) and k not in SETTINGS_ENV}
    return unknown


def gateway(docs: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    component = "app.kubernetes.io/component"
    (deployment,) = [d for d in by_kind(docs, "Deployment") if d["metadata"]["labels"][component] == "gateway"]
    (container,) = [c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == "gateway"]
    return deployment, container


def strict_schema(schema: Any) -> Any:
    """A copy of an OpenAPI v3 structural schema that rejects fields it does not declare.

    The API server prunes unknown fields of a structural CRD silently, so a misspelt field in a
    template would vanish at apply time; rejecting them here turns that into a test failure.
    """
    if isinstance(schema, list):
        return [strict_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: strict_schema(v) for k, v in schema.items()}
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


def raycluster_validator() -> Any:
    if not RAYCLUSTER_CRD.exists():
        pytest.skip(f"KubeRay CRD schema not present at {RAYCLUSTER_CRD} (../shared is absent)")
    crd = next(d for d in yaml.safe_load_all(RAYCLUSTER_CRD.read_text()) if d)
    (version,) = [v for v in crd["spec"]["versions"] if v["name"] == "v1"]
    schema = strict_schema(version["schema"]["openAPIV3Schema"])
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="module")
def crd_validator() -> Any:
    return raycluster_validator()


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[dict[str, Any]]]:
    """Rendered objects per configuration: defaults, each region, everything optional on."""
    configs = {"default": {}, "all-optional": ALL_OPTIONAL_ON}
    configs.update({region: region_values(region) for region in REGIONS})
    return {name: render(values) for name, values in configs.items()}


CONFIGS = ("default", "all-optional", *REGIONS)


# --- lint and schema validation ------------------------------------------------------------


@pytest.mark.parametrize("config", ("default", *REGIONS))
def test_chart_lints_clean(config: str) -> None:
    values = region_values(config) if config in REGIONS else None
    report = helm.lint(CHART_DIR, values, strict=True, kube_version=f"v{KUBE_VERSION}.0", namespace=NAMESPACE)
    problems = [m for m in report["messages"] if m["severity"] >= 2]
    assert report["total_charts_linted"] == 1
    assert not report["errors"] and not problems, report


@pytest.mark.parametrize("config", CONFIGS)
def test_builtin_kinds_validate_against_kubernetes(rendered: dict, config: str) -> None:
    unchecked = set()
    for doc in rendered[config]:
        try:
            kubernetes_validate.validate(doc, KUBE_VERSION, strict=True)
        except kubernetes_validate.SchemaNotFoundError:
            unchecked.add(doc["kind"])
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{doc['kind']}/{doc['metadata']['name']}: {'.'.join(map(str, exc.path))}: {exc.message}")
    assert unchecked <= CUSTOM_KINDS, f"kinds validated by nothing: {unchecked - CUSTOM_KINDS}"


def test_kubernetes_validate_rejects_a_broken_deployment(rendered: dict) -> None:
    deployment = copy.deepcopy(gateway(rendered["default"])[0])
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["port"] = [8080]
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBE_VERSION, strict=True)


@pytest.mark.parametrize("config", CONFIGS)
def test_raycluster_matches_kuberay_crd(rendered: dict, crd_validator: Any, config: str) -> None:
    cluster = one(rendered[config], "RayCluster")
    errors = sorted(crd_validator.iter_errors(cluster), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'.'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_crd_check_rejects_misspelt_field(rendered: dict, crd_validator: Any) -> None:
    cluster = copy.deepcopy(one(rendered["default"], "RayCluster"))
    cluster["spec"]["headGroupSpec"]["rayStartParam"] = cluster["spec"]["headGroupSpec"].pop("rayStartParams")
    assert list(crd_validator.iter_errors(cluster))


def test_servicemonitor_structure(rendered: dict) -> None:
    docs = rendered["all-optional"]
    monitor = one(docs, "ServiceMonitor")
    service = (
        one(docs, "Service")
        if len(by_kind(docs, "Service")) == 1
        else next(
            s for s in by_kind(docs, "Service") if s["metadata"]["labels"]["app.kubernetes.io/component"] == "gateway"
        )
    )
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["metadata"]["name"] and monitor["metadata"]["namespace"] == NAMESPACE
    spec = monitor["spec"]
    selector = spec["selector"]["matchLabels"]
    assert selector.items() <= service["metadata"]["labels"].items(), "ServiceMonitor selects no Service"
    assert spec["namespaceSelector"]["matchNames"] == [NAMESPACE]
    port_names = {p["name"] for p in service["spec"]["ports"]}
    assert spec["endpoints"], "no scrape endpoints"
    for endpoint in spec["endpoints"]:
        assert endpoint["port"] in port_names
        assert endpoint["path"] == "/metrics"
        assert endpoint["interval"].endswith("s") and endpoint["scrapeTimeout"].endswith("s")
    assert not by_kind(rendered["default"], "ServiceMonitor"), "ServiceMonitor must be off by default"


# --- drift against the code ----------------------------------------------------------------


@pytest.mark.parametrize("config", CONFIGS)
def test_every_spatius_variable_is_a_settings_field(rendered: dict, config: str) -> None:
    assert unknown_spatius_vars(rendered[config]) == set()


def test_drift_check_catches_an_unknown_setting() -> None:
    docs = render({"config": {"tick_millis": 5}})
    assert unknown_spatius_vars(docs) == {"SPATIUS_TICK_MILLIS"}


@pytest.mark.parametrize("config", CONFIGS)
def test_gateway_environment_loads_as_settings(rendered: dict, config: str) -> None:
    docs = rendered[config]
    _, container = gateway(docs)
    env = container_env(docs, container)
    secret_refs = {k: v for k, v in env.items() if isinstance(v, dict)}
    assert "secretKeyRef" in secret_refs["SPATIUS_REDIS_URL"]
    plain = {k: v for k, v in env.items() if isinstance(v, str)}
    plain["SPATIUS_REDIS_URL"] = "redis://redis.test:6379/0"
    settings = Settings.load(env=plain)
    values = region_values(config) if config in REGIONS else {}
    assert settings.region == values.get("region", ALL_OPTIONAL_ON["region"] if config == "all-optional" else "local")
    assert settings.ray_address.startswith("ray://") and settings.ray_address.endswith(":10001")
    assert settings.ray_namespace == "spatius"
    assert settings.shards >= 1
    assert "SPATIUS_GATEWAY_ID" in secret_refs  # the pod name, one identity per replica


def test_shard_job_and_ray_pods_share_the_gateway_settings(rendered: dict) -> None:
    docs = rendered["all-optional"]
    _, gw = gateway(docs)
    shared = {
        "SPATIUS_RAY_ADDRESS",
        "SPATIUS_RAY_NAMESPACE",
        "SPATIUS_REGION",
        "SPATIUS_SHARDS",
        "SPATIUS_SHARD_NUM_GPUS",
        "SPATIUS_ONNX_PROVIDERS",
        "SPATIUS_REDIS_URL",
        "RAY_AUTH_MODE",
        "RAY_AUTH_TOKEN",
        "SPATIUS_GLOBAL_REDIS_URL",
    }
    reference = {k: container_env(docs, gw)[k] for k in shared}
    job = one(docs, "Job")
    assert job["spec"]["template"]["spec"]["containers"][0]["args"] == [
        "shards",
        "scale",
        "--count",
        reference["SPATIUS_SHARDS"],
    ]
    for owner, spec in pod_specs(docs):
        if "redis" in owner:
            continue
        env = container_env(docs, spec["containers"][0])
        assert {k: env.get(k) for k in shared} == reference, owner


# --- key facts -------------------------------------------------------------------------------


@pytest.mark.parametrize("config", CONFIGS)
def test_gateway_serves_probes_and_drains(rendered: dict, config: str) -> None:
    docs = rendered[config]
    deployment, container = gateway(docs)
    port = next(p for p in container["ports"] if p["name"] == "http")["containerPort"]
    assert container["command"] == ["spatius-motion"]
    assert container["args"][:5] == ["serve", "--host", "0.0.0.0", "--port", str(port)]
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert "preStop" in container["lifecycle"]
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert pod["terminationGracePeriodSeconds"] > int(
        container["lifecycle"]["preStop"]["exec"]["command"][-1].split()[-1]
    )
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    anti = pod["affinity"]["podAntiAffinity"]["preferredDuringSchedulingIgnoredDuringExecution"][0]
    assert anti["podAffinityTerm"]["labelSelector"]["matchLabels"].items() <= pod_labels.items()
    for constraint in pod["topologySpreadConstraints"]:
        assert constraint["labelSelector"]["matchLabels"].items() <= pod_labels.items()

    service = next(s for s in by_kind(docs, "Service") if s["spec"]["selector"].items() <= pod_labels.items())
    assert service["spec"]["ports"][0]["targetPort"] == "http"

    hpa = one(docs, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": deployment["metadata"]["name"],
    }
    assert "replicas" not in deployment["spec"], "the HPA owns the replica count"
    assert any(m["type"] == "Resource" and m["resource"]["name"] == "cpu" for m in hpa["spec"]["metrics"])
    pdb = one(docs, "PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


def test_custom_metric_scaling(rendered: dict) -> None:
    metrics = one(rendered["all-optional"], "HorizontalPodAutoscaler")["spec"]["metrics"]
    pods = [m for m in metrics if m["type"] == "Pods"]
    assert pods and pods[0]["pods"]["metric"]["name"].startswith("spatius_")


@pytest.mark.parametrize("region", REGIONS)
def test_region_public_urls_follow_the_domain_rule(rendered: dict, region: str) -> None:
    docs = rendered[region]
    _, container = gateway(docs)
    env = container_env(docs, container)
    domain = "spatialwalk.top" if region.startswith("cn-") else "spatius.ai"
    console, ingress_url = urlparse(env["SPATIUS_PUBLIC_CONSOLE_URL"]), urlparse(env["SPATIUS_PUBLIC_INGRESS_URL"])
    assert env["SPATIUS_REGION"] == region
    assert (console.scheme, console.hostname, console.path) == ("https", f"console.{region}.{domain}", "/v1/console")
    assert (ingress_url.scheme, ingress_url.hostname, ingress_url.path) == (
        "wss",
        f"api.{region}.{domain}",
        "/v2/driveningress",
    )

    ingress = one(docs, "Ingress")
    routes = {(r["host"], p["path"]) for r in ingress["spec"]["rules"] for p in r["http"]["paths"]}
    assert routes == {(console.hostname, "/v1/console"), (ingress_url.hostname, "/v2/driveningress")}
    timeout_s = int(ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-read-timeout"])
    assert timeout_s >= Settings.load(env={k: v for k, v in env.items() if isinstance(v, str)}).max_session_duration_s


@pytest.mark.parametrize("region", REGIONS)
def test_regions_use_external_redis_from_an_existing_secret(rendered: dict, region: str) -> None:
    docs = rendered[region]
    assert not by_kind(docs, "StatefulSet")
    _, container = gateway(docs)
    ref = container_env(docs, container)["SPATIUS_REDIS_URL"]["secretKeyRef"]
    values = region_values(region)["redis"]["external"]
    assert ref == {"name": values["existingSecret"], "key": values["existingSecretKey"]}
    assert not any(s["metadata"]["name"] == ref["name"] for s in by_kind(docs, "Secret"))


@pytest.mark.parametrize("region", REGIONS)
def test_regions_share_a_global_store_from_an_existing_secret(rendered: dict, region: str) -> None:
    docs = rendered[region]
    _, container = gateway(docs)
    ref = container_env(docs, container)["SPATIUS_GLOBAL_REDIS_URL"]["secretKeyRef"]
    values = region_values(region)["globalRedis"]
    assert ref == {"name": values["existingSecret"], "key": values["existingSecretKey"]}
    assert not any(s["metadata"]["name"] == ref["name"] for s in by_kind(docs, "Secret"))


def test_global_store_url_is_stored_in_a_secret_and_absent_by_default(rendered: dict) -> None:
    _, container = gateway(rendered["default"])
    assert "SPATIUS_GLOBAL_REDIS_URL" not in container_env(rendered["default"], container)  # one Redis
    docs = rendered["all-optional"]
    _, container = gateway(docs)
    ref = container_env(docs, container)["SPATIUS_GLOBAL_REDIS_URL"]["secretKeyRef"]
    secret = next(s for s in by_kind(docs, "Secret") if s["metadata"]["name"] == ref["name"])
    import base64

    assert base64.b64decode(secret["data"][ref["key"]]).decode() == ALL_OPTIONAL_ON["globalRedis"]["url"]
    configmap = one(docs, "ConfigMap")
    assert "SPATIUS_GLOBAL_REDIS_URL" not in configmap["data"]  # a secret, never in the ConfigMap


def test_default_bundles_redis_behind_a_generated_secret(rendered: dict) -> None:
    docs = rendered["default"]
    redis = one(docs, "StatefulSet")
    _, container = gateway(docs)
    ref = container_env(docs, container)["SPATIUS_REDIS_URL"]["secretKeyRef"]
    secret = next(s for s in by_kind(docs, "Secret") if s["metadata"]["name"] == ref["name"])
    import base64

    url = urlparse(base64.b64decode(secret["data"][ref["key"]]).decode())
    assert url.scheme == "redis" and url.password and url.port == 6379
    redis_service = next(s for s in by_kind(docs, "Service") if s["metadata"]["name"] == url.hostname)
    assert redis_service["spec"]["selector"].items() <= redis["spec"]["template"]["metadata"]["labels"].items()


def test_external_redis_url_is_stored_in_a_secret() -> None:
    docs = render({"redis": {"bundled": {"enabled": False}, "external": {"url": "rediss://r.example:6380/1"}}})
    _, container = gateway(docs)
    ref = container_env(docs, container)["SPATIUS_REDIS_URL"]["secretKeyRef"]
    secret = next(s for s in by_kind(docs, "Secret") if s["metadata"]["name"] == ref["name"])
    assert secret["data"][ref["key"]] == "cmVkaXNzOi8vci5leGFtcGxlOjYzODAvMQ=="  # base64 of the URL above
    assert not by_kind(docs, "StatefulSet")


@pytest.mark.parametrize(
    "values",
    [
        {"redis": {"bundled": {"enabled": False}}},
        {"ray": {"enabled": False}},
        {"ray": {"cpuWorkers": {"enabled": False}}},
        {"globalRedis": {"url": "redis://g:6379/0", "existingSecret": "g"}},
    ],
    ids=["no-redis", "no-ray-address", "no-worker-group", "two-global-stores"],
)
def test_contradictory_values_fail_to_render(values: dict) -> None:
    with pytest.raises(helm.HelmError):
        render(values)


def test_existing_ray_cluster_skips_the_raycluster() -> None:
    docs = render({"ray": {"enabled": False, "address": "ray://ray-head.ray.svc:10001"}})
    assert not by_kind(docs, "RayCluster")
    _, container = gateway(docs)
    assert container_env(docs, container)["SPATIUS_RAY_ADDRESS"] == "ray://ray-head.ray.svc:10001"


def test_gpu_worker_group(rendered: dict) -> None:
    cluster = one(rendered["all-optional"], "RayCluster")
    groups = {g["groupName"]: g for g in cluster["spec"]["workerGroupSpecs"]}
    gpu = groups["gpu-shards"]
    pod = gpu["template"]["spec"]
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert gpu["rayStartParams"]["num-gpus"] == "1"
    assert pod["nodeSelector"] and any(t["key"] == "nvidia.com/gpu" for t in pod["tolerations"])
    assert "nvidia.com/gpu" not in str(groups["cpu-shards"])
    assert cluster["spec"]["headGroupSpec"]["rayStartParams"]["num-cpus"] == "0", "shards stay off the head"
    default_groups = [g["groupName"] for g in one(rendered["default"], "RayCluster")["spec"]["workerGroupSpecs"]]
    assert default_groups == ["cpu-shards"], "CPU workers by default"


def test_kuberay_autoscaler_sizes_worker_groups_within_bounds(rendered: dict) -> None:
    cluster = one(rendered["default"], "RayCluster")
    spec = cluster["spec"]
    assert spec["enableInTreeAutoscaling"] is True
    options = spec["autoscalerOptions"]
    assert options["upscalingMode"] in ("Default", "Conservative") and options["idleTimeoutSeconds"] >= 60
    assert options["resources"]["limits"]["memory"]
    for group in spec["workerGroupSpecs"]:
        assert 0 <= group["minReplicas"] <= group["replicas"] <= group["maxReplicas"], group["groupName"]
    # A scale request may ask for what the groups hold at maxReplicas: 8 pods x 2 CPUs / 1 CPU per shard.
    env = container_env(rendered["default"], gateway(rendered["default"])[1])
    assert env["SPATIUS_SHARDS_MAX"] == "16"
    gpu = render({"ray": {"gpuWorkers": {"enabled": True}}, "shards": {"numGpus": 1}})
    assert container_env(gpu, gateway(gpu)[1])["SPATIUS_SHARDS_MAX"] == "4"  # 4 pods x 1 GPU
    fixed = render({"ray": {"autoscaler": {"enabled": False}}})
    fixed_spec = one(fixed, "RayCluster")["spec"]
    assert fixed_spec["enableInTreeAutoscaling"] is False and "autoscalerOptions" not in fixed_spec
    assert container_env(fixed, gateway(fixed)[1])["SPATIUS_SHARDS_MAX"] == "0"  # current resources decide


def test_shard_autoscaler_runs_one_pod_with_its_bounds(rendered: dict) -> None:
    assert [
        d["metadata"]["labels"]["app.kubernetes.io/component"] for d in by_kind(rendered["default"], "Deployment")
    ] == ["gateway"]
    docs = rendered["all-optional"]
    (deployment,) = [d for d in by_kind(docs, "Deployment") if d["metadata"]["name"].endswith("-shard-autoscaler")]
    assert deployment["spec"]["replicas"] == 1 and deployment["spec"]["strategy"]["type"] == "Recreate"
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["shards", "autoscale"]
    settings = Settings.load(env={k: v for k, v in container_env(docs, container).items() if isinstance(v, str)})
    assert (settings.autoscale_min_shards, settings.autoscale_max_shards) == (2, 16)
    assert 0 < settings.autoscale_target_utilization <= 1
    assert settings.autoscale_up_cooldown_s < settings.autoscale_down_cooldown_s


def test_ray_client_address_points_at_the_head_service(rendered: dict) -> None:
    docs = rendered["default"]
    cluster = one(docs, "RayCluster")
    _, container = gateway(docs)
    address = urlparse(container_env(docs, container)["SPATIUS_RAY_ADDRESS"])
    head_ports = {
        p["name"]: p["containerPort"]
        for p in cluster["spec"]["headGroupSpec"]["template"]["spec"]["containers"][0]["ports"]
    }
    assert address.scheme == "ray"
    assert address.hostname.split(".")[0] == f"{cluster['metadata']['name']}-head-svc"  # KubeRay's head Service name
    assert address.port == head_ports["client"]


# --- admin API ----------------------------------------------------------------------------------


def test_admin_token_reaches_only_the_gateways_and_only_from_a_secret(rendered: dict) -> None:
    docs = rendered["all-optional"]
    _, container = gateway(docs)
    assert container_env(docs, container)["SPATIUS_ADMIN_TOKEN"] == {
        "secretKeyRef": {"name": "spatius-admin", "key": "admin-token"}
    }
    for owner, spec in pod_specs(docs):
        if not owner.startswith("Deployment/"):
            for c in spec["containers"]:
                assert "SPATIUS_ADMIN_TOKEN" not in container_env(docs, c), owner
    for config in CONFIGS:
        for cm in by_kind(rendered[config], "ConfigMap"):
            assert "SPATIUS_ADMIN_TOKEN" not in cm.get("data", {})
    _, default_container = gateway(rendered["default"])
    assert "SPATIUS_ADMIN_TOKEN" not in container_env(rendered["default"], default_container)  # API off


def test_an_admin_token_in_the_config_map_fails_to_render() -> None:
    with pytest.raises(helm.HelmError, match="admin.existingSecret"):
        render({"config": {"admin_token": "plain-text"}})


@pytest.mark.parametrize("config", CONFIGS)
def test_rate_limits_are_on_in_every_deployment(rendered: dict, config: str) -> None:
    docs = rendered[config]
    _, container = gateway(docs)
    env = {k: v for k, v in container_env(docs, container).items() if isinstance(v, str)}
    settings = Settings.load(env=env)
    assert settings.rate_limit_client_requests > 0 and settings.rate_limit_app_requests > 0
    assert settings.rate_limit_window_s > 0
