#!/usr/bin/env bash
# usage: bash run.sh REPO OUTDIR — scores this probe's stories (see ../run-probe.sh).
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec bash "$HERE/../run-probe.sh" "$HERE" "$@"
