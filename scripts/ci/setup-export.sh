#!/usr/bin/env bash
# DOCX export: LibreOffice renders exported documents to PDF in test/export/libreoffice.test.ts,
# with free CJK fonts standing in for 仿宋_GB2312 etc. (test/fixtures/fonts-for-rendering.conf).
# Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  echo "setup-export: libreoffice, poppler-utils and fonts-noto-cjk already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y "${need[@]}"
