# training.gp - the same deep network trained with sigmoid, tanh and ReLU.
# Left: the loss on the training set after every epoch. Right: the norm
# of the gradient of the first hidden layer's weights (solid) and of the
# last hidden layer's (thin, dashed) at every epoch's step.
eval figsize(7.5)
set output outfile
set multiplot layout 1,2 margins 0.09, 0.99, 0.15, 0.9 spacing 0.1, 0
file = datadir."/train.tsv"
set logscale y
set format y "10^{%L}"
set xlabel "epoch"
set autoscale xfix
set key samplen 1.5 font ",9"

set title "loss"
set ylabel "cross-entropy on the training set"
set key bottom left
plot file using "epoch":"loss_sigmoid" with lines lt 1 \
         title "sigmoid (Xavier)", \
     "" using "epoch":"loss_tanh" with lines lt 2 title "tanh (Xavier)", \
     "" using "epoch":"loss_relu" with lines lt 3 title "ReLU (He)"

set title "gradient of the first and last hidden layer"
set ylabel "||d{/:Italic L}/d{/:Italic W}||"
set key bottom right
plot file using "epoch":"first_sigmoid" with lines lt 1 dt 1 \
         title "first layer", \
     "" using "epoch":"last_sigmoid" with lines lt 1 lw 0.8 dt (2, 2) \
         title "last layer", \
     "" using "epoch":"first_tanh" with lines lt 2 dt 1 notitle, \
     "" using "epoch":"last_tanh" with lines lt 2 lw 0.8 dt (2, 2) notitle, \
     "" using "epoch":"first_relu" with lines lt 3 dt 1 notitle, \
     "" using "epoch":"last_relu" with lines lt 3 lw 0.8 dt (2, 2) notitle
unset multiplot
