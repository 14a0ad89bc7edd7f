#!/bin/sh
# deps.sh GOAL... - make sure the tools of the make goals are installed;
# install what is missing from Debian's packages. GOAL is one of
#
#   build      a C compiler and its headers (plain `make`, every program)
#   test       build, and CUnit, pkg-config, pandoc (`make test`)
#   try        build, and gnuplot with the figures' font (`make try`)
#   report     test and try, and pdflatex with the packages the book loads
#   check-toc  report, and pdftotext (`make check-toc`)
#   html       test and try: pandoc and gnuplot (`make html`)
#   check-html html, and Chromium, Node.js and npm (`make check-html`)
#   bench-compare  build, and SLEEF and PyTorch (`make bench-compare`,
#              chapter 10's kernels beside theirs; never the report's)
#
# Each tool is checked by what the build actually uses (a command, a
# pkg-config module, a LaTeX style file, a font), so a machine that has it
# some other way is left alone. Missing packages are installed with
# apt-get --no-install-recommends, as root or through sudo; where neither
# is possible, one line says exactly what to run, and as whom.
set -eu
[ $# -gt 0 ] || set -- report
missing=""

need() { # need PACKAGE CHECK-COMMAND...
    pkg=$1
    shift
    if ! "$@" > /dev/null 2>&1; then
        case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
    fi
}
have() { command -v "$1"; }
have_header() { # in /usr/include or an architecture's folder below it
    for h in /usr/include/"$1" /usr/include/*/"$1"; do
        [ -e "$h" ] && return 0
    done
    return 1
}

build=0 test=0 try=0 report=0 toc=0 browser=0 data=0 compare=0
for goal in "$@"; do
    case $goal in
        build) build=1 ;;
        test) build=1 test=1 ;;
        try) build=1 try=1 ;;
        report) build=1 test=1 try=1 report=1 data=1 ;;
        check-toc) build=1 test=1 try=1 report=1 toc=1 data=1 ;;
        html) build=1 test=1 try=1 data=1 ;;
        check-html) build=1 test=1 try=1 browser=1 data=1 ;;
        bench-compare) build=1 compare=1 ;;
        *) echo "deps.sh: unknown goal '$goal' (build, test, try, report," \
                "check-toc, html, check-html, bench-compare)" >&2
           exit 2 ;;
    esac
done

if [ $build = 1 ]; then
    need gcc have cc
    need libc6-dev test -e /usr/include/stdio.h
    need make have make
    need pkg-config have pkg-config
    # Part IV: the IDX loader inflates gzip (zlib), matrix products call
    # CBLAS (OpenBLAS); the library holds both, so every program links them.
    need zlib1g-dev pkg-config --exists zlib
    need libopenblas-dev pkg-config --exists openblas
fi
if [ $test = 1 ]; then
    need pkg-config have pkg-config
    need libcunit1-dev pkg-config --exists cunit
    need pandoc have pandoc          # the tests check the report's filters
fi
if [ $try = 1 ]; then
    need gnuplot-nox have gnuplot
    # The figures are set in the text's font, Latin Modern, through fontconfig.
    need fonts-lmodern test -e \
        /usr/share/texmf/fonts/opentype/public/lm/lmroman10-regular.otf
fi
if [ $compare = 1 ]; then
    # Debian puts the header under the architecture's own folder
    # (/usr/include/x86_64-linux-gnu/sleef.h).
    need libsleef-dev have_header sleef.h
    # Debian's module, for Debian's Python (not another python3 first on
    # the PATH).
    need python3-torch /usr/bin/python3 -c 'import torch'
fi
if [ $data = 1 ]; then
    # Part IV's images: Fashion-MNIST, the four gzip IDX files.
    need dataset-fashion-mnist test -e \
        /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz
fi
if [ $report = 1 ]; then
    need texlive-latex-base have pdflatex
    # One kpsewhich call per package: style files the course's LaTeX loads.
    need texlive-latex-base kpsewhich hyperref.sty geometry.sty longtable.sty
    need texlive-latex-recommended kpsewhich fancyvrb.sty booktabs.sty \
        xcolor.sty microtype.sty caption.sty etoolbox.sty parskip.sty
    need lmodern kpsewhich lmodern.sty
fi
if [ $toc = 1 ]; then
    need poppler-utils have pdftotext
fi
if [ $browser = 1 ]; then
    # make check-html: the browser and the runtime of its driver.
    need chromium have chromium
    need nodejs have node
    need npm have npm
fi

[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo > /dev/null 2>&1 && sudo -n true 2> /dev/null; then
    sudo="sudo"
elif command -v sudo > /dev/null 2>&1; then
    # sudo would ask for a password, which a build cannot type.
    echo "deps.sh: missing packages:$missing" >&2
    echo "deps.sh: run: sudo apt-get update && sudo $cmd" >&2
    exit 1
else
    echo "deps.sh: missing packages:$missing" >&2
    echo "deps.sh: there is no sudo here; run as root (su asks for" \
         "root's password):" >&2
    echo "  su -c 'apt-get update && $cmd'" >&2
    exit 1
fi
echo "deps.sh: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo $cmd
