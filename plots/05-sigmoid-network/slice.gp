# slice.gp - the training loss as one parameter moves: the bias of the
# first hidden unit, shifted by delta from its initial value, all else
# fixed. With the step function the loss is a staircase, flat except
# where a data point crosses the unit's line; with the sigmoid it is
# smooth (claim N9).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "change {/Symbol d} of the first hidden bias"
set ylabel "cross-entropy loss"
# Bottom left is the one corner no curve passes through.
set key bottom left
plot datadir."/slice.tsv" using "delta":"loss_step" with steps lt 2 \
         title "step", \
     "" using "delta":"loss_sigmoid" with lines lt 1 title "sigmoid"
