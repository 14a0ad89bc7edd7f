# selfnorm.gp - the mean and variance of each layer's outputs through a
# deep network at initialisation (claim M4), median over the seeds.
# Five configurations, told apart by dash pattern and marker; one key,
# right of the upper panel, clear of its data (the key is opaque), and
# both panels share its right margin.
eval figsize(10)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
f = datadir."/selfnorm.tsv"
set xrange [0:*] noextend
set lmargin at screen 0.12
set rmargin at screen 0.56
set multiplot layout 2,1 spacing 0.1
set key outside right top samplen 3 spacing 1.1 nobox
set ylabel "mean"
set yrange [-0.5:3.5]
set ytics 1
set format x ""
plot f using "layer":"mean_selu_lecun" with linespoints lt 1 pt 7 ps 0.4 \
         pi 4 title "SELU, LeCun", \
     "" using "layer":"mean_selu_lecun_off" with linespoints lt 3 pt 6 \
         ps 0.5 pi 4 title "SELU, LeCun, input N(1,4)", \
     "" using "layer":"mean_selu_he" with linespoints lt 4 pt 4 ps 0.4 \
         pi 4 title "SELU, He", \
     "" using "layer":"mean_relu_he" with linespoints lt 2 pt 9 ps 0.5 \
         pi 4 title "ReLU, He", \
     "" using "layer":"mean_relu_lecun" with linespoints lt 7 pt 2 \
         ps 0.5 pi 4 title "ReLU, LeCun"
set ylabel "variance"
set xlabel "layer"
set format x "%g"
set logscale y
set format y "10^{%L}"
set yrange [*:*]
set ytics 1e-10, 1e4
unset key
plot f using "layer":"var_selu_lecun" with linespoints lt 1 pt 7 ps 0.4 \
         pi 4, \
     "" using "layer":"var_selu_lecun_off" with linespoints lt 3 pt 6 \
         ps 0.5 pi 4, \
     "" using "layer":"var_selu_he" with linespoints lt 4 pt 4 ps 0.4 pi 4, \
     "" using "layer":"var_relu_he" with linespoints lt 2 pt 9 ps 0.5 pi 4, \
     "" using "layer":"var_relu_lecun" with linespoints lt 7 pt 2 ps 0.5 \
         pi 4
unset multiplot
