# curves.gp - the eight functions and their derivatives, one panel each
# (claim M1): g solid, g' dashed, ReLU dotted grey for comparison; the
# panels share their z axis, labelled in the bottom row.
# In print, text at 0.8 of style.gp's 11 pt, and butt line ends with
# dashes twice as long, so that the dash patterns stay visible. The
# web's SVG keeps style.gp's.
eval figsize(17)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
f = datadir."/curves.tsv"
set xrange [-4:4]
set xtics 2
set yrange [-1.9:2.3]
set ytics 1
unset key
set multiplot layout 4,2 margins 0.08, 0.98, 0.1, 0.97 spacing 0.07, 0.04
# Only the bottom row labels its z ticks, so that a panel's tick labels
# never run into the panel below.
names = "relu leaky elu selu softplus gelu silu mish"
do for [i = 1:words(names)] {
    name = word(names, i)
    if (i > 6) {
        set format x "%g"
        set xlabel "{/:Italic z}"
    } else {
        set format x ""
        unset xlabel
    }
    title = name eq "relu" ? "ReLU" : name eq "leaky" ? "leaky ReLU" : \
            name eq "elu" ? "ELU" : name eq "selu" ? "SELU" : \
            name eq "softplus" ? "softplus" : name eq "gelu" ? "GELU" : \
            name eq "silu" ? "SiLU" : "Mish"
    set label 1 title at graph 0.04, 0.88 left front
    if (name eq "relu") {
        set key bottom right samplen 2 spacing 0.9 width 1
    } else {
        unset key
    }
    plot f using "z":"relu" with lines lt 8 dt (1, 2) lw 1.5 \
             title "ReLU", \
         "" using "z":name with lines lt 1 title "g(z)", \
         "" using "z":name."_prime" with lines lt 2 title "g'(z)"
}
unset multiplot
