# curves.gp - training loss and accuracy, epoch by epoch, of five networks
# trained alike: sigmoid hidden layers of three widths, a step hidden
# layer and no activation (claims N6 and N9).
eval figsize(7.5)
set output outfile
set multiplot layout 1,2 spacing 0.1
set xlabel "epoch"
set xrange [0:*]
set ylabel "cross-entropy loss"
set logscale y
set format y "10^{%L}"
set key bottom left
plot datadir."/curves.tsv" using "epoch":"loss_step" with lines lt 2 \
         title "step, {/:Italic H} = 3", \
     "" using "epoch":"loss_linear" with lines lt 4 \
         title "linear, {/:Italic H} = 3", \
     "" using "epoch":"loss_narrow" with lines lt 5 \
         title "sigmoid, {/:Italic H} = 2", \
     "" using "epoch":"loss_sigmoid" with lines lt 1 \
         title "sigmoid, {/:Italic H} = 3", \
     "" using "epoch":"loss_wide" with lines lt 3 \
         title "sigmoid, {/:Italic H} = 8"
unset logscale y
set format y "%g"
set ylabel "training accuracy (%)"
set yrange [40:102]
set key off
plot datadir."/curves.tsv" using "epoch":"acc_step" with lines lt 2, \
     "" using "epoch":"acc_linear" with lines lt 4, \
     "" using "epoch":"acc_narrow" with lines lt 5, \
     "" using "epoch":"acc_sigmoid" with lines lt 1, \
     "" using "epoch":"acc_wide" with lines lt 3
unset multiplot
