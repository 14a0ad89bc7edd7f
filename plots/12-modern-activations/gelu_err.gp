# gelu_err.gp - the error of GELU's two approximations against its erf
# form (claim M3): left the tanh form, right z s(1.702 z). Each panel
# has its own scale, forty times apart, with few enough ticks that their
# labels stay apart.
eval figsize(6)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
f = datadir."/gelu_err.tsv"
set xrange [-6:6]
set xtics 2
set xlabel "{/:Italic z}"
unset key
set multiplot layout 1,2 spacing 0.1
set title "tanh form minus GELU"
set format y "%g"
set ytics 0.0002
plot f using "z":"tanh_err" with lines lt 1
set title "{/:Italic z s}(1.702 {/:Italic z}) minus GELU"
set ytics 0.01
plot f using "z":"sigmoid_err" with lines lt 2
unset multiplot
