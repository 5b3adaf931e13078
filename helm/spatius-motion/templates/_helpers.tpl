{{/*
Naming, labels, images and the SPATIUS_* settings shared by every template.
*/}}

{{- define "spatius.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* "<release>-<chart>", or the release name when it already contains the chart name. */}}
{{- define "spatius.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "spatius.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every resource. Call with (dict "context" $ "component" "gateway"). */}}
{{- define "spatius.labels" -}}
{{- $ctx := .context -}}
helm.sh/chart: {{ include "spatius.chart" $ctx }}
{{ include "spatius.selectorLabels" . }}
app.kubernetes.io/version: {{ $ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ $ctx.Release.Service }}
app.kubernetes.io/part-of: spatius-motion
spatius.ai/region: {{ $ctx.Values.region | quote }}
{{- with $ctx.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selector labels. Call with (dict "context" $ "component" "gateway"). */}}
{{- define "spatius.selectorLabels" -}}
app.kubernetes.io/name: {{ include "spatius.name" .context }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Release-wide selector (all components). */}}
{{- define "spatius.instanceLabels" -}}
app.kubernetes.io/name: {{ include "spatius.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "spatius.annotations" -}}
{{- with .Values.commonAnnotations }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Server image reference. */}}
{{- define "spatius.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* Ray pod image: ray.image when set, else the server image. */}}
{{- define "spatius.rayImage" -}}
{{- if .Values.ray.image.repository -}}
{{- printf "%s:%s" .Values.ray.image.repository (default .Chart.AppVersion .Values.ray.image.tag) -}}
{{- else -}}
{{- include "spatius.image" . -}}
{{- end -}}
{{- end -}}

{{- define "spatius.imagePullSecrets" -}}
{{- with .Values.image.pullSecrets -}}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end -}}
{{- end -}}

{{- define "spatius.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "spatius.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Public console base URL ("" lets the server derive it). */}}
{{- define "spatius.consoleUrl" -}}
{{- if .Values.publicConsoleUrl -}}
{{- .Values.publicConsoleUrl -}}
{{- else if .Values.publicDomain -}}
{{- printf "https://console.%s.%s/v1/console" .Values.region .Values.publicDomain -}}
{{- end -}}
{{- end -}}

{{/* Public ingress base URL ("" lets the server derive it). */}}
{{- define "spatius.ingressUrl" -}}
{{- if .Values.publicIngressUrl -}}
{{- .Values.publicIngressUrl -}}
{{- else if .Values.publicDomain -}}
{{- printf "wss://api.%s.%s/v2/driveningress" .Values.region .Values.publicDomain -}}
{{- end -}}
{{- end -}}

{{- define "spatius.rayClusterName" -}}
{{- printf "%s-ray" (include "spatius.fullname" .) | trunc 50 | trimSuffix "-" -}}
{{- end -}}

{{/* Ray address for clients: the RayCluster's head service (KubeRay names it <cluster>-head-svc). */}}
{{- define "spatius.rayAddress" -}}
{{- if .Values.ray.enabled -}}
{{- printf "ray://%s-head-svc.%s.svc:%d" (include "spatius.rayClusterName" .) .Release.Namespace (int .Values.ray.clientPort) -}}
{{- else -}}
{{- required "ray.address is required when ray.enabled is false" .Values.ray.address -}}
{{- end -}}
{{- end -}}

{{- define "spatius.redisName" -}}
{{- printf "%s-redis" (include "spatius.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Secret and key holding SPATIUS_REDIS_URL. */}}
{{- define "spatius.redisUrlSecretName" -}}
{{- if and (not .Values.redis.bundled.enabled) .Values.redis.external.existingSecret -}}
{{- .Values.redis.external.existingSecret -}}
{{- else -}}
{{- printf "%s-redis-url" (include "spatius.fullname" .) -}}
{{- end -}}
{{- end -}}

{{- define "spatius.redisUrlSecretKey" -}}
{{- if and (not .Values.redis.bundled.enabled) .Values.redis.external.existingSecret -}}
{{- .Values.redis.external.existingSecretKey -}}
{{- else -}}
redis-url
{{- end -}}
{{- end -}}

{{/* Secret and key holding SPATIUS_GLOBAL_REDIS_URL; empty name when no global store is set. */}}
{{- define "spatius.globalRedisUrlSecretName" -}}
{{- if .Values.globalRedis.existingSecret -}}
{{- .Values.globalRedis.existingSecret -}}
{{- else if .Values.globalRedis.url -}}
{{- printf "%s-global-redis-url" (include "spatius.fullname" .) -}}
{{- end -}}
{{- end -}}

{{- define "spatius.globalRedisUrlSecretKey" -}}
{{- if .Values.globalRedis.existingSecret -}}
{{- .Values.globalRedis.existingSecretKey -}}
{{- else -}}
global-redis-url
{{- end -}}
{{- end -}}

{{- define "spatius.redisPasswordSecretName" -}}
{{- default (printf "%s-redis-password" (include "spatius.fullname" .)) .Values.redis.bundled.existingPasswordSecret -}}
{{- end -}}

{{- define "spatius.rayAuthSecretName" -}}
{{- default (printf "%s-ray-auth" (include "spatius.fullname" .)) .Values.ray.auth.existingSecret -}}
{{- end -}}

{{/*
Reuse a generated secret value across upgrades: the live Secret's key when present, else a new
random string. Call with (dict "context" $ "name" <secret> "key" <key> "length" <n>).
*/}}
{{- define "spatius.persistentRandom" -}}
{{- $live := lookup "v1" "Secret" .context.Release.Namespace .name -}}
{{- if and $live (hasKey ($live.data | default dict) .key) -}}
{{- index $live.data .key | b64dec -}}
{{- else -}}
{{- randAlphaNum (int .length) -}}
{{- end -}}
{{- end -}}

{{/* A settings value as the string msgspec reads back: integral floats lose their ".0"/exponent. */}}
{{- define "spatius.settingValue" -}}
{{- $v := . -}}
{{- if kindIs "float64" $v -}}
{{- if eq (float64 (int64 $v)) $v -}}{{- int64 $v -}}{{- else -}}{{- $v -}}{{- end -}}
{{- else -}}
{{- $v | toString -}}
{{- end -}}
{{- end -}}

{{/*
The settings dict (Settings field name -> value) for the ConfigMap: .Values.config overlaid with
the fields other sections own. Secrets (redis_url) and per-pod values (gateway_id) are not here.
*/}}
{{- define "spatius.settings" -}}
{{- $s := deepCopy (.Values.config | default dict) -}}
{{- $_ := set $s "region" .Values.region -}}
{{- with include "spatius.consoleUrl" . -}}{{- $_ := set $s "public_console_url" . -}}{{- end -}}
{{- with include "spatius.ingressUrl" . -}}{{- $_ := set $s "public_ingress_url" . -}}{{- end -}}
{{- $_ := set $s "ray_address" (include "spatius.rayAddress" .) -}}
{{- $_ := set $s "ray_namespace" .Values.ray.namespace -}}
{{- $_ := set $s "shards" .Values.shards.count -}}
{{- $_ := set $s "shard_num_cpus" .Values.shards.numCpus -}}
{{- $_ := set $s "shard_num_gpus" .Values.shards.numGpus -}}
{{- $_ := set $s "shards_max" (include "spatius.shardsMax" . | int) -}}
{{- with .Values.shards.autoscaler -}}
{{- $_ := set $s "autoscale_min_shards" .minShards -}}
{{- $_ := set $s "autoscale_max_shards" .maxShards -}}
{{- $_ := set $s "autoscale_target_utilization" .targetUtilization -}}
{{- $_ := set $s "autoscale_interval_s" .intervalSeconds -}}
{{- $_ := set $s "autoscale_up_cooldown_s" .upCooldownSeconds -}}
{{- $_ := set $s "autoscale_down_cooldown_s" .downCooldownSeconds -}}
{{- end -}}
{{- $_ := set $s "onnx_providers" .Values.shards.onnxProviders -}}
{{- $_ := unset $s "redis_url" -}}
{{- $_ := unset $s "global_redis_url" -}}
{{- $_ := unset $s "gateway_id" -}}
{{- toYaml $s -}}
{{- end -}}

{{/*
Most shards a scale request may ask for: shards.max, or with the autoscaler on (and shards.max 0)
what the worker groups hold at maxReplicas (GPU slots when shards take GPUs, else CPU slots).
0 leaves the limit to the cluster's current resources.
*/}}
{{- define "spatius.shardsMax" -}}
{{- $ray := .Values.ray -}}
{{- if .Values.shards.max -}}
{{- .Values.shards.max | int -}}
{{- else if and $ray.enabled $ray.autoscaler.enabled -}}
{{- $slots := 0.0 -}}
{{- if gt (float64 .Values.shards.numGpus) 0.0 -}}
{{- if $ray.gpuWorkers.enabled -}}
{{- $slots = divf (mulf $ray.gpuWorkers.maxReplicas $ray.gpuWorkers.gpusPerPod) .Values.shards.numGpus -}}
{{- end -}}
{{- else -}}
{{- range $kind := list "cpuWorkers" "gpuWorkers" -}}
{{- $group := index $ray $kind -}}
{{- if $group.enabled -}}
{{- $slots = addf $slots (divf (mulf $group.maxReplicas (index $group.rayStartParams "num-cpus" | float64)) $.Values.shards.numCpus) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- floor $slots | int -}}
{{- else -}}
0
{{- end -}}
{{- end -}}

{{/* Environment shared by every container that runs server code (gateway, shard job, Ray pods). */}}
{{- define "spatius.commonEnv" -}}
- name: SPATIUS_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "spatius.redisUrlSecretName" . }}
      key: {{ include "spatius.redisUrlSecretKey" . }}
{{- with include "spatius.globalRedisUrlSecretName" . }}
- name: SPATIUS_GLOBAL_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ include "spatius.globalRedisUrlSecretKey" $ }}
{{- end }}
- name: RAY_AUTH_MODE
  value: {{ .Values.ray.auth.mode | quote }}
{{- if eq .Values.ray.auth.mode "token" }}
- name: RAY_AUTH_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ include "spatius.rayAuthSecretName" . }}
      key: {{ .Values.ray.auth.existingSecretKey }}
{{- end }}
- name: HOME
  value: /tmp
{{- end -}}

{{- define "spatius.envFrom" -}}
- configMapRef:
    name: {{ include "spatius.fullname" . }}-config
{{- end -}}

{{/* Pod annotations that roll pods when the settings change. */}}
{{- define "spatius.checksumAnnotations" -}}
checksum/config: {{ include "spatius.settings" . | sha256sum }}
{{- end -}}

{{/* Fail early on contradictory values. */}}
{{- define "spatius.validate" -}}
{{- if not (has .Values.ray.auth.mode (list "token" "disabled")) -}}
{{- fail "ray.auth.mode must be \"token\" or \"disabled\"" -}}
{{- end -}}
{{- if and (not .Values.redis.bundled.enabled) (not .Values.redis.external.url) (not .Values.redis.external.existingSecret) -}}
{{- fail "set redis.external.existingSecret or redis.external.url, or enable redis.bundled" -}}
{{- end -}}
{{- if and .Values.redis.bundled.enabled (or .Values.redis.external.url .Values.redis.external.existingSecret) -}}
{{- fail "redis.bundled.enabled and redis.external.* are exclusive" -}}
{{- end -}}
{{- if and .Values.globalRedis.url .Values.globalRedis.existingSecret -}}
{{- fail "globalRedis.url and globalRedis.existingSecret are exclusive" -}}
{{- end -}}
{{- if hasKey (.Values.config | default dict) "admin_token" -}}
{{- fail "config.admin_token would put a secret in a ConfigMap: put it in a Secret and set admin.existingSecret" -}}
{{- end -}}
{{- if and .Values.ray.enabled (not (or .Values.ray.cpuWorkers.enabled .Values.ray.gpuWorkers.enabled)) -}}
{{- fail "enable ray.cpuWorkers or ray.gpuWorkers: shards need a worker group" -}}
{{- end -}}
{{- if lt (int .Values.shards.count) 1 -}}
{{- fail "shards.count must be at least 1" -}}
{{- end -}}
{{- end -}}

{{/*
Pod template of a Ray head or worker group. Call with
(dict "context" $ "role" "head"|<groupName> "group" <values of the group> "gpus" <nvidia.com/gpu per pod>).
*/}}
{{- define "spatius.rayPodTemplate" -}}
{{- $ctx := .context -}}
{{- $ray := $ctx.Values.ray -}}
{{- $resources := deepCopy (.group.resources | default dict) -}}
{{- if .gpus -}}
{{- $limits := $resources.limits | default dict -}}
{{- $_ := set $limits "nvidia.com/gpu" (int .gpus) -}}
{{- $_ := set $resources "limits" $limits -}}
{{- end -}}
metadata:
  labels:
    {{- include "spatius.labels" (dict "context" $ctx "component" "ray") | nindent 4 }}
    spatius.ai/ray-group: {{ .role }}
  annotations:
    {{- include "spatius.checksumAnnotations" $ctx | nindent 4 }}
spec:
  serviceAccountName: {{ include "spatius.serviceAccountName" $ctx }}
  automountServiceAccountToken: {{ $ctx.Values.serviceAccount.automountServiceAccountToken }}
  {{- with include "spatius.imagePullSecrets" $ctx }}
  {{- . | nindent 2 }}
  {{- end }}
  securityContext:
    {{- toYaml $ray.podSecurityContext | nindent 4 }}
  {{- with .group.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .group.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .group.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: {{ ternary "ray-head" "ray-worker" (eq .role "head") }}
      image: {{ include "spatius.rayImage" $ctx }}
      imagePullPolicy: {{ $ctx.Values.image.pullPolicy }}
      {{- if eq .role "head" }}
      ports:
        - name: gcs
          containerPort: 6379
        - name: dashboard
          containerPort: 8265
        - name: client
          containerPort: {{ $ray.clientPort }}
        - name: metrics
          containerPort: 8080
      {{- end }}
      envFrom:
        {{- include "spatius.envFrom" $ctx | nindent 8 }}
      env:
        {{- include "spatius.commonEnv" $ctx | nindent 8 }}
      resources:
        {{- toYaml $resources | nindent 8 }}
      securityContext:
        {{- toYaml $ray.containerSecurityContext | nindent 8 }}
      volumeMounts:
        - name: shm
          mountPath: /dev/shm
        - name: ray-tmp
          mountPath: /tmp
  volumes:
    - name: shm
      emptyDir:
        medium: Memory
        sizeLimit: {{ .group.shmSizeLimit }}
    - name: ray-tmp
      emptyDir: {}
{{- end -}}
