#!/bin/sh
# Installs the Debian packages the test suite and the training pipeline use, when missing:
# libopus0 (the SDK's Ogg Opus encoder in tests), chromium (the demo page's browser test), the offline TTS engines and voices that
# generate the training corpus, the recorded LibriVox clips used for evaluation, and sox.
set -eu
PACKAGES="libopus0 chromium espeak-ng libespeak-ng1 flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts festvox-italp16k festvox-itapc16k festvox-suopuhe-lj festvox-suopuhe-mv festvox-czech-dita festvox-czech-machac festvox-ca-ona-hts pocketsphinx-testdata sox"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing Debian packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
