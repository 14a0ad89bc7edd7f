/*
 * exercises.h - the functions chapter 12's exercises ask for. The stubs
 * (12.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_12_H
#define EXERCISES_12_H

/* 12.1: softplus(z) = ln(1 + e^z), finite and accurate for every z. */
double ex12_softplus(double z);

/* 12.2: SiLU's derivative s(z) (1 + z (1 - s(z))), s the sigmoid. */
double ex12_silu_prime(double z);

#endif
