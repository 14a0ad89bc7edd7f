# training.gp - the same deep network trained with sigmoid, tanh and ReLU.
# Left: the loss on the training set after every epoch. Right: the norm
# of the gradient of the first hidden layer's weights (solid) and of the
# last hidden layer's (thin, dashed) at every epoch's step.
eval figsize(9)
# In print, cairo sets text at 2/3 of the size asked for, so the PDF asks
# for 13 (grad_norms.gp: 14): at 11 the keys printed at about 5 pt.
# The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo font "Latin Modern Roman,13" butt dashlength 2
}
keyfont = fmt eq "pdf" ? ",11" : ",9"
set output outfile
set multiplot layout 1,2 margins 0.1, 0.98, 0.15, 0.9 spacing 0.11, 0
file = datadir."/train.tsv"
set logscale y
set format y "10^{%L}"
set xlabel "epoch"
set autoscale xfix
set key samplen 1.5 font keyfont

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
# Name each pair of lines where it runs, so that the panel does not rely
# on colour: tanh's pair above ReLU's, the sigmoid's at the bottom.
set label 1 "tanh" at 60, 4e-2 center font keyfont
set label 2 "ReLU" at 60, 4e-4 center font keyfont
set label 3 "sigmoid" at 22, 1.2e-7 center font keyfont
plot file using "epoch":"first_sigmoid" with lines lt 1 dt 1 \
         title "first layer", \
     "" using "epoch":"last_sigmoid" with lines lt 1 lw 0.8 dt (2, 2) \
         title "last layer", \
     "" using "epoch":"first_tanh" with lines lt 2 dt 1 notitle, \
     "" using "epoch":"last_tanh" with lines lt 2 lw 0.8 dt (2, 2) notitle, \
     "" using "epoch":"first_relu" with lines lt 3 dt 1 notitle, \
     "" using "epoch":"last_relu" with lines lt 3 lw 0.8 dt (2, 2) notitle
unset multiplot
