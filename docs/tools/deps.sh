#!/bin/sh
# deps.sh test|report - make sure the tools of `make test` or `make report`
# are installed; install what is missing from Debian's packages.
#
# Each tool is checked by what the build actually uses (a command, a
# pkg-config module, a LaTeX style file, a font), so a machine that has it
# some other way is left alone. Missing packages are installed with
# apt-get --no-install-recommends, as root or through sudo; where neither
# is possible, one line says exactly what to run.
set -eu
goal=${1:-report}
missing=""

need() { # need PACKAGE CHECK-COMMAND...
    pkg=$1
    shift
    if ! "$@" > /dev/null 2>&1; then
        case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
    fi
}
have() { command -v "$1"; }

need gcc have cc
need libc6-dev test -e /usr/include/stdio.h
need make have make
need pkg-config have pkg-config
need libcunit1-dev pkg-config --exists cunit
need pandoc have pandoc          # the tests check the report's filters
# Part IV: the IDX loader inflates gzip (zlib), matrix products call
# CBLAS (OpenBLAS); the library holds both, so the tests link them.
need zlib1g-dev pkg-config --exists zlib
need libopenblas-dev pkg-config --exists openblas

if [ "$goal" = report ]; then
    need gnuplot-nox have gnuplot
    # Part IV's images: Fashion-MNIST, the four gzip IDX files.
    need dataset-fashion-mnist test -e \
        /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz
    need texlive-latex-base have pdflatex
    # One kpsewhich call per package: style files the course's LaTeX loads.
    need texlive-latex-base kpsewhich hyperref.sty geometry.sty longtable.sty
    need texlive-latex-recommended kpsewhich fancyvrb.sty booktabs.sty \
        xcolor.sty microtype.sty caption.sty etoolbox.sty parskip.sty
    need lmodern kpsewhich lmodern.sty
    # The figures are set in the text's font, Latin Modern, through fontconfig.
    need fonts-lmodern test -e \
        /usr/share/texmf/fonts/opentype/public/lm/lmroman10-regular.otf
fi

[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo > /dev/null 2>&1 && sudo -n true 2> /dev/null; then
    sudo="sudo"
else
    echo "deps.sh: missing packages; run: sudo apt-get update && sudo $cmd" >&2
    exit 1
fi
echo "deps.sh: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo $cmd
