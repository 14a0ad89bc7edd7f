# slice.gp - the training loss as one parameter moves: the bias of the
# first hidden unit, shifted by delta from its initial value, all else
# fixed. With the step function the loss is a staircase, flat except
# where a data point crosses the unit's line; with the sigmoid it is
# smooth (claim N9).
set xlabel "change {/Symbol d} of the first hidden bias"
set ylabel "cross-entropy loss"
set key top left
plot datadir."/slice.tsv" using "delta":"loss_step" with steps lt 2 \
         title "step", \
     "" using "delta":"loss_sigmoid" with lines lt 1 title "sigmoid"
