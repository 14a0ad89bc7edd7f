# selfnorm.gp - the mean and variance of each layer's outputs through a
# deep network at initialisation (claim M4), median over the seeds.
# Five configurations, told apart by dash pattern and marker; one key,
# above the panels and clear of their data (the key is opaque), so that
# the panels have the page's width.
eval figsize(10)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
f = datadir."/selfnorm.tsv"
set xrange [0:*] noextend
set multiplot layout 2,1 margins 0.13, 0.97, 0.19, 0.84 spacing 0.08
set key at screen 0.55, screen 0.995 center top vertical maxrows 2 \
    samplen 3 spacing 1.1 width -2 nobox
set ylabel "mean"
set yrange [-0.5:3.5]
set ytics 1
set format x ""
plot f using "layer":"mean_selu_lecun" with linespoints lt 1 pt 7 ps 0.4 \
         pi 4 title "SELU, LeCun", \
     "" using "layer":"mean_selu_lecun_off" with linespoints lt 3 pt 6 \
         ps 0.5 pi 4 title "SELU, LeCun, N(1,4)", \
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
