# curves.gp - test loss and test accuracy per epoch (median over the
# seeds) of the linear models and the one-hidden-layer networks (P3, P4).
set multiplot layout 1,2
set xlabel "epoch"
set ylabel "test loss (cross-entropy)"
set yrange [0.4:0.8]
set key top right
plot datadir."/curves.tsv" using "epoch":"loss_lin1" \
    with lines lt 7 title "softmax", \
     "" using "epoch":"loss_lin2" with lines lt 8 title "linear 2", \
     "" using "epoch":"loss_lin8" with lines lt 4 title "linear 8", \
     "" using "epoch":"loss_sigmoid" with lines lt 3 title "sigmoid", \
     "" using "epoch":"loss_tanh" with lines lt 2 title "tanh", \
     "" using "epoch":"loss_relu" with lines lt 1 title "ReLU"
set ylabel "test accuracy (%)"
set yrange [74:88]
set key bottom right
plot datadir."/curves.tsv" using "epoch":"acc_lin1" \
    with lines lt 7 title "softmax", \
     "" using "epoch":"acc_lin2" with lines lt 8 title "linear 2", \
     "" using "epoch":"acc_lin8" with lines lt 4 title "linear 8", \
     "" using "epoch":"acc_sigmoid" with lines lt 3 title "sigmoid", \
     "" using "epoch":"acc_tanh" with lines lt 2 title "tanh", \
     "" using "epoch":"acc_relu" with lines lt 1 title "ReLU"
unset multiplot
