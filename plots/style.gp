# style.gp - the look every figure of the course shares.
#
# The Makefile runs `gnuplot -e "datadir='...'" -e "outfile='...'"
# plots/style.gp plots/CHAPTER/FIGURE.gp`: this file first, then the
# figure's own script, which reads its columns by name from datadir and
# computes nothing.
#
# Figures are as wide as the text (15.5 cm, docs/course.tex) and set in its
# font, Latin Modern Roman at 11 pt, so that they are included at their
# natural size and their labels match the text around them. A figure that
# needs another height says `set terminal pdfcairo size textwidth, H`; the
# font and the other options stay.

# The web edition runs the same scripts with -e "fmt='svg'": SVG at the
# same size (15.5 cm is 586 px at the web's 96 px per inch) and font. A
# figure of another height says `eval figsize(H)` (H in cm), which sets
# the size in either terminal.
textwidth = "15.5cm"
if (!exists("fmt")) fmt = "pdf"
figsize(h) = fmt eq "svg" ? \
    sprintf("set terminal svg size 586,%d fixed font 'Latin Modern Roman,11' enhanced rounded linewidth 1.2 background rgb 'white'", int(h / 2.54 * 96 + 0.5)) : \
    sprintf("set terminal pdfcairo size 15.5cm,%gcm font 'Latin Modern Roman,11' enhanced rounded linewidth 1.2", h)
eval figsize(7)
# Text is UTF-8 in both terminals (SVG is XML in UTF-8): a script writes
# a symbol as the character itself ("∞"), never as a byte of the Symbol
# font's own encoding ("{/Symbol \245}"), which SVG cannot hold.
set encoding utf8
set output outfile
set datafile separator tab
set datafile missing "nan"

set border 3 front linewidth 0.6
set tics nomirror out scale 0.5
set grid back linewidth 0.4 linecolor rgb "#d9d9d9"
set key noautotitle box linewidth 0.4 linecolor rgb "#bbbbbb" \
    spacing 1.1 samplen 2.5 opaque

# Okabe-Ito colours: told apart also by readers with colour blindness, and
# in grey print by their dash patterns.
set linetype 1 linecolor rgb "#0072B2" linewidth 1.6 dashtype solid
set linetype 2 linecolor rgb "#D55E00" linewidth 1.6 dashtype (6, 3)
set linetype 3 linecolor rgb "#009E73" linewidth 1.6 dashtype (2, 2)
set linetype 4 linecolor rgb "#CC79A7" linewidth 1.6 dashtype (8, 3, 2, 3)
set linetype 5 linecolor rgb "#E69F00" linewidth 1.6 dashtype solid
set linetype 6 linecolor rgb "#56B4E9" linewidth 1.6 dashtype (4, 4)
set linetype 7 linecolor rgb "#000000" linewidth 1.0 dashtype solid
set linetype 8 linecolor rgb "#999999" linewidth 1.0 dashtype (3, 3)
set linetype cycle 8

# Two classes of points, as the course draws them everywhere: triangles
# (class 1) and circles (class 0).
class1_pt = 9
class0_pt = 6
