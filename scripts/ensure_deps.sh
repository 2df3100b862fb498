#!/usr/bin/env bash
# Makes sure the system tools the services need are present: ffmpeg/ffprobe,
# redis-server (the tests of TTS replicas sharing gates run a real one), fonts-noto-cjk
# (burned-in Chinese subtitles), and,
# with --ci, docker-compose v1 to validate docker-compose.yml.
# Installs them with apt-get when missing and allowed (root or sudo).
set -euo pipefail

want=()
command -v "${FFMPEG_PATH:-ffmpeg}" >/dev/null 2>&1 || want+=(ffmpeg)
command -v "${FFPROBE_PATH:-ffprobe}" >/dev/null 2>&1 || want+=(ffmpeg)
command -v redis-server >/dev/null 2>&1 || want+=(redis-server)
# Burned-in subtitles use Noto Sans CJK SC through fontconfig (Chinese would be tofu without it).
if ! { command -v fc-list >/dev/null 2>&1 && fc-list ":family=Noto Sans CJK SC" | grep -q .; }; then
  if command -v apt-get >/dev/null 2>&1; then want+=(fonts-noto-cjk); else
    echo "warning: font 'Noto Sans CJK SC' not found: burned-in Chinese subtitles need it" >&2
  fi
fi
if [ "${1:-}" = "--ci" ]; then
  command -v docker-compose >/dev/null 2>&1 || want+=(docker-compose)
fi
[ ${#want[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "missing: ${want[*]}; install them (e.g. apt-get install ${want[*]}) or set FFMPEG_PATH/FFPROBE_PATH" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing: ${want[*]} and no apt-get here; install them with your package manager" >&2
  exit 1
fi
echo "installing ${want[*]} with apt-get ..." >&2
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${want[@]}" | sort -u) >/dev/null
