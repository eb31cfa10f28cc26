#!/usr/bin/env bash
# Make .venv and install voicebench into it.   bash install.sh        the package
#                                              bash install.sh dev    plus notebooks, tests and docs tools
# TORCH=... picks another torch (e.g. TORCH="torch --index-url https://download.pytorch.org/whl/cu124" on a GPU machine);
# constraints.txt then holds it, so nothing later swaps it for another build.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
pip() { .venv/bin/python -m pip "$@"; }
pip install -q --upgrade pip
if [ -n "${TORCH:-}" ]; then
  pip install -q $TORCH
  sed "s/^torch==.*/torch==$(.venv/bin/python -c 'import torch;print(torch.__version__)')/" constraints.txt > .venv/constraints.txt
else
  pip install -q torch==2.13.0
  cp constraints.txt .venv/constraints.txt
fi
extra=""; [ "${1:-}" = dev ] && extra="[dev]"
pip install -q -c .venv/constraints.txt -e ".$extra"
# encodec would pull torchaudio (no build matches this torch; voicebench never needs it) and resemblyzer the old
# webrtcvad (compiled from source; webrtcvad-wheels provides the same module): install both without their deps.
pip install -q -c .venv/constraints.txt --no-deps encodec==0.1.1 resemblyzer==0.1.4
# the notebook kernel must be this venv's Python even when the venv is not activated
[ "${1:-}" = dev ] && .venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
echo "voicebench installed in $(pwd)/.venv"
