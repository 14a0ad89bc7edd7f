# curves.gp - training loss and accuracy, epoch by epoch, of five networks
# trained alike: sigmoid hidden layers of three widths, a step hidden
# layer and no activation (claims N6 and N9).
eval figsize(8.5)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# Two sigmoid widths would both be solid lines (linetypes 1 and 5); the
# narrow one gets a dash-dot-dot of its own, so print in grey tells them
# apart.
narrow_dt = "dt (12, 4, 2, 4, 2, 4)"
set multiplot layout 1,2 spacing 0.1
set xlabel "epoch" offset 0,0.5
set xrange [0:*]
set ylabel "cross-entropy loss"
set logscale y
set format y "10^{%L}"
# The key sits in the accuracy panel, whose middle band is empty.
set key off
plot datadir."/curves.tsv" using "epoch":"loss_step" with lines lt 2, \
     "" using "epoch":"loss_linear" with lines lt 4, \
     "" using "epoch":"loss_narrow" with lines lt 5 @narrow_dt, \
     "" using "epoch":"loss_sigmoid" with lines lt 1, \
     "" using "epoch":"loss_wide" with lines lt 3
unset logscale y
set format y "%g"
set ylabel "training accuracy (%)"
set yrange [40:102]
set key at graph 0.98, graph 0.82 right top samplen 2.5 spacing 0.9
plot datadir."/curves.tsv" using "epoch":"acc_step" with lines lt 2 \
         title "step, {/:Italic H} = 3", \
     "" using "epoch":"acc_linear" with lines lt 4 \
         title "linear, {/:Italic H} = 3", \
     "" using "epoch":"acc_narrow" with lines lt 5 @narrow_dt \
         title "sigmoid, {/:Italic H} = 2", \
     "" using "epoch":"acc_sigmoid" with lines lt 1 \
         title "sigmoid, {/:Italic H} = 3", \
     "" using "epoch":"acc_wide" with lines lt 3 \
         title "sigmoid, {/:Italic H} = 8"
unset multiplot
