# explode.gp - the exploding chain and the window that allows it.
# Left: |dL/dz| at the first unit of a chain of sigmoid units with w = 100
# and every z tuned to 0, against the chain's depth; the same chain fed an
# input slightly off the tuned one. Middle: each unit's own factor
# w s'(z) in the deepest chain. Right: the width of the window of inputs
# a in which |w s'(w a + b)| >= 1, against w.
eval figsize(9)
# In print, cairo sets text at 2/3 of the size asked for, so the PDF asks
# for 13 (grad_norms.gp: 14): at 11 the keys printed at about 5 pt.
# The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo font "Latin Modern Roman,13" butt dashlength 2
}
keyfont = fmt eq "pdf" ? ",11" : ",9"
set output outfile
set multiplot layout 1,3 margins 0.1, 0.99, 0.15, 0.9 spacing 0.11, 0
set logscale y
set format y "10^{%L}"
set key top left Left reverse samplen 1.5 width -2 font keyfont

set title "growth with depth"
set xlabel "units in the chain"
set ylabel "|d{/:Italic L}/d{/:Italic z}| at the first unit"
set yrange [1e-60:1e50]
set ytics 1e-80, 1e20
plot datadir."/explode.tsv" using "depth":"exact" with lines lt 1 \
         title "tuned input", \
     "" using "depth":"offset_1" with lines lt 2 title "off by 10^{-4}", \
     "" using "depth":"offset_2" with lines lt 3 title "off by 10^{-8}", \
     "" using "depth":"offset_3" with lines lt 4 title "off by 10^{-12}"

set title "factor of each unit"
set xlabel "unit (1 = nearest the input)"
set ylabel "{/:Italic w s}'({/:Italic z})"
set yrange [1e-25:1e3]
set ytics 1e-30, 1e5
unset key
plot datadir."/chain_factors.tsv" using "unit":"exact" with lines lt 1, \
     "" using "unit":"offset_1" with lines lt 2, \
     "" using "unit":"offset_2" with lines lt 3, \
     "" using "unit":"offset_3" with lines lt 4, \
     1 with lines lt 8 notitle

set title "the window of inputs"
set logscale x
set format x "10^{%L}"
set xlabel "{/:Italic w}"
set ylabel "width of the window in {/:Italic a}"
set yrange [1e-4:1]
set ytics 1e-5, 10
set key bottom left Left reverse samplen 1.5 width -4 font keyfont
plot datadir."/window.tsv" using "w":"formula" with lines lt 1 \
         title "(4/{/:Italic w}) arcosh(sqrt({/:Italic w})/2)", \
     "" using "w":"asymptote" with lines lt 2 \
         title "2 ln {/:Italic w} / {/:Italic w}", \
     datadir."/window_table.tsv" using "w":"bisect" with points lt 7 pt 7 \
         ps 0.5 title "bisection"
unset multiplot
