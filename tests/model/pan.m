#define rand	pan_rand
#define pthread_equal(a,b)	((a)==(b))
#if defined(HAS_CODE) && defined(VERBOSE)
	#ifdef BFS_PAR
		bfs_printf("Pr: %d Tr: %d\n", II, t->forw);
	#else
		cpu_printf("Pr: %d Tr: %d\n", II, t->forw);
	#endif
#endif
	switch (t->forw) {
	default: Uerror("bad forward move");
	case 0:	/* if without executable clauses */
		continue;
	case 1: /* generic 'goto' or 'skip' */
		IfNotBlocked
		_m = 3; goto P999;
	case 2: /* generic 'else' */
		IfNotBlocked
		if (trpt->o_pm&1) continue;
		_m = 3; goto P999;

		 /* PROC :init: */
	case 3: // STATE 1 - memflush.pml:633 - [((i<2))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][1] = 1;
		if (!((((int)((P4 *)_this)->i)<2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 4: // STATE 2 - memflush.pml:633 - [(run flusher(0))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][2] = 1;
		if (!(addproc(II, 1, 3, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 5: // STATE 3 - memflush.pml:633 - [i = (i+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[4][3] = 1;
		(trpt+1)->bup.oval = ((int)((P4 *)_this)->i);
		((P4 *)_this)->i = (((int)((P4 *)_this)->i)+1);
#ifdef VAR_RANGES
		logval(":init::i", ((int)((P4 *)_this)->i));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 6: // STATE 9 - memflush.pml:634 - [(run flusher(1))] (0:0:0 - 1)
		IfNotBlocked
		reached[4][9] = 1;
		if (!(addproc(II, 1, 3, 1)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 7: // STATE 11 - memflush.pml:636 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[4][11] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC flusher */
	case 8: // STATE 1 - memflush.pml:423 - [(sw)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1] = 1;
		if (!(((int)((P3 *)_this)->sw)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 9: // STATE 2 - memflush.pml:423 - [(((((ndone==2)&&(pushed==3))&&(nactive==0))&&(fdone||!(0))))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2] = 1;
		if (!(((((((int)now.ndone)==2)&&(((int)now.pushed)==3))&&(((int)now.nactive)==0))&&(((int)now.fdone)|| !(0)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 10: // STATE 6 - memflush.pml:424 - [D_STEP424]
		IfNotBlocked

		reached[3][6] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_342_0: /* 2 */
		now.sweep = 1;
#ifdef VAR_RANGES
		logval("sweep", ((int)now.sweep));
#endif
		;
S_343_0: /* 2 */
		now.nexp = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
S_344_0: /* 2 */
		((P3 *)_this)->me = 3;
#ifdef VAR_RANGES
		logval("flusher:me", ((int)((P3 *)_this)->me));
#endif
		;
		goto S_346_0;
S_346_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 11: // STATE 14 - memflush.pml:430 - [D_STEP430]
		if (!(boq == -1 && (((int)now.nextid)<3)))
			continue;

		reached[3][14] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_350_0: /* 2 */
		if (!((((int)now.nextid)<3)))
			Uerror("block in d_step seq");
S_351_0: /* 2 */
		((P3 *)_this)->me = ((int)now.nextid);
#ifdef VAR_RANGES
		logval("flusher:me", ((int)((P3 *)_this)->me));
#endif
		;
S_352_0: /* 2 */
		now.nextid = (((int)now.nextid)+1);
#ifdef VAR_RANGES
		logval("nextid", ((int)now.nextid));
#endif
		;
		goto S_357_0;
S_357_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 12: // STATE 19 - memflush.pml:435 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][19] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 13: // STATE 6936 - memflush.pml:575 - [D_STEP575]
		if (!(boq == -1 && ( !(((int)((P3 *)_this)->sw))&&(((int)now.ncrash)<1))))
			continue;

		reached[3][6936] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7252_0: /* 2 */
		if (!(( !(((int)((P3 *)_this)->sw))&&(((int)now.ncrash)<1))))
			Uerror("block in d_step seq");
S_7253_0: /* 2 */
		now.ncrash = (((int)now.ncrash)+1);
#ifdef VAR_RANGES
		logval("ncrash", ((int)now.ncrash));
#endif
		;
S_7254_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7272_0: /* 2 */
S_7271_0: /* 2 */
S_7255_0: /* 2 */
		if (!((((int)q)<2)))
			goto S_7271_1;
S_7256_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+q)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
S_7257_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+q)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
S_7258_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+q)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
S_7259_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+q)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
S_7260_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+q)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
S_7266_0: /* 2 */
S_7261_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ])==1)))
			goto S_7266_1;
S_7262_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+q)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
		goto S_7267_0;
S_7266_1: /* 3 */
S_7263_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ])>=2)))
			goto S_7266_2;
S_7264_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+q), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+q)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)q)), 8) ]));
#endif
		;
		goto S_7267_0;
S_7266_2: /* 3 */
S_7265_0: /* 2 */
		/* else */;
		goto S_7267_0;
S_7266_3: /* 3 */
		Uerror("blocking sel in d_step (nr.0, near line 577)");
S_7267_0: /* 2 */
S_7268_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7272_0; /* ';' */
S_7271_1: /* 3 */
S_7269_0: /* 2 */
		/* else */;
S_7270_0: /* 2 */
		goto S_7273_0;	/* 'goto' */
S_7271_2: /* 3 */
		Uerror("blocking sel in d_step (nr.1, near line 576)");
S_7273_0: /* 2 */
		goto S_7274_0;	/* 'break' */
S_7274_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7277_0;
S_7277_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 14: // STATE 20 - memflush.pml:435 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][20] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 15: // STATE 21 - memflush.pml:435 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][21] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 16: // STATE 22 - memflush.pml:435 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][22] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 17: // STATE 146 - memflush.pml:438 - [D_STEP438]
		IfNotBlocked

		reached[3][146] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_362_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_363_0: /* 2 */
		t = 1;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_391_0: /* 2 */
S_390_0: /* 2 */
S_364_0: /* 2 */
		if (!((((int)t)<=((int)now.nexp))))
			goto S_390_1;
S_365_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_371_0: /* 2 */
S_370_0: /* 2 */
S_366_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])!=((int)t))))
			goto S_370_1;
S_367_0: /* 2 */
		h2 = (((int)h2)+1);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
		goto S_371_0; /* ';' */
S_370_1: /* 3 */
S_368_0: /* 2 */
		/* else */;
S_369_0: /* 2 */
		goto S_373_0;	/* 'goto' */
S_370_2: /* 3 */
		Uerror("blocking sel in d_step (nr.2, near line 438)");
S_372_0: /* 2 */
		goto S_373_0;	/* 'break' */
S_373_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_385_0: /* 2 */
S_384_0: /* 2 */
S_374_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)h2), 4) ].n))))
			goto S_384_1;
S_379_0: /* 2 */
S_375_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_379_1;
S_376_0: /* 2 */
		tmp[ Index(v, 3) ] = ((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[v]", ((int)tmp[ Index(((int)v), 3) ]));
#endif
		;
S_377_0: /* 2 */
		v = (((int)v)+1);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_380_0;
S_379_1: /* 3 */
S_378_0: /* 2 */
		/* else */;
		goto S_380_0;
S_379_2: /* 3 */
		Uerror("blocking sel in d_step (nr.3, near line 438)");
S_380_0: /* 2 */
S_381_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_385_0; /* ';' */
S_384_1: /* 3 */
S_382_0: /* 2 */
		/* else */;
S_383_0: /* 2 */
		goto S_387_0;	/* 'goto' */
S_384_2: /* 3 */
		Uerror("blocking sel in d_step (nr.4, near line 438)");
S_386_0: /* 2 */
		goto S_387_0;	/* 'break' */
S_387_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_391_0; /* ';' */
S_390_1: /* 3 */
S_388_0: /* 2 */
		/* else */;
S_389_0: /* 2 */
		goto S_393_0;	/* 'goto' */
S_390_2: /* 3 */
		Uerror("blocking sel in d_step (nr.5, near line 438)");
S_392_0: /* 2 */
		goto S_393_0;	/* 'break' */
S_393_0: /* 2 */
		k2 = ((int)v);
#ifdef VAR_RANGES
		logval("k2", ((int)k2));
#endif
		;
S_394_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_395_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_396_0: /* 2 */
		t = ((int)now.nexp);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_469_0: /* 2 */
S_468_0: /* 2 */
S_397_0: /* 2 */
		if (!((((int)t)>0)))
			goto S_468_1;
S_398_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_404_0: /* 2 */
S_403_0: /* 2 */
S_399_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])!=((int)t))))
			goto S_403_1;
S_400_0: /* 2 */
		h2 = (((int)h2)+1);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
		goto S_404_0; /* ';' */
S_403_1: /* 3 */
S_401_0: /* 2 */
		/* else */;
S_402_0: /* 2 */
		goto S_409_0;	/* 'goto' */
S_403_2: /* 3 */
		Uerror("blocking sel in d_step (nr.6, near line 438)");
S_405_0: /* 2 */
		goto S_409_0;	/* 'break' */
S_409_0: /* 2 */
S_406_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)h2), 4) ].n)>0)))
			goto S_409_1;
S_407_0: /* 2 */
		now.touched[ Index(h2, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[h2]", ((int)now.touched[ Index(((int)h2), 4) ]));
#endif
		;
		goto S_410_0;
S_409_1: /* 3 */
S_408_0: /* 2 */
		/* else */;
		goto S_410_0;
S_409_2: /* 3 */
		Uerror("blocking sel in d_step (nr.7, near line 438)");
S_410_0: /* 2 */
S_438_0: /* 2 */
S_435_0: /* 2 */
S_434_0: /* 2 */
S_411_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)h2), 4) ].n)>0)))
			goto S_434_1;
S_412_0: /* 2 */
		now.inf[ Index(h2, 4) ].n = (((int)now.inf[ Index(((int)h2), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[h2].n", ((int)now.inf[ Index(((int)h2), 4) ].n));
#endif
		;
S_413_0: /* 2 */
		v = ((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)now.inf[ Index(((int)h2), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_414_0: /* 2 */
		now.inf[ Index(h2, 4) ].e[ Index(now.inf[ Index(h2, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[h2].e[inf[h2].n]", ((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)now.inf[ Index(((int)h2), 4) ].n), 3) ]));
#endif
		;
S_430_0: /* 2 */
S_415_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_430_1;
S_416_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_431_0;
S_430_1: /* 3 */
S_417_0: /* 2 */
		/* else */;
S_429_0: /* 2 */
S_418_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_425_0: /* 2 */
S_424_0: /* 2 */
S_419_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_424_1;
S_420_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_421_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_425_0; /* ';' */
S_424_1: /* 3 */
S_422_0: /* 2 */
		/* else */;
S_423_0: /* 2 */
		goto S_427_0;	/* 'goto' */
S_424_2: /* 3 */
		Uerror("blocking sel in d_step (nr.8, near line 136)");
S_426_0: /* 2 */
		goto S_427_0;	/* 'break' */
S_427_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_428_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_431_0;
		goto S_431_0;
S_430_2: /* 3 */
		Uerror("blocking sel in d_step (nr.9, near line 151)");
S_431_0: /* 2 */
		goto S_435_0; /* '.' */
		goto S_435_0; /* ';' */
S_434_1: /* 3 */
S_432_0: /* 2 */
		/* else */;
S_433_0: /* 2 */
		goto S_437_0;	/* 'goto' */
S_434_2: /* 3 */
		Uerror("blocking sel in d_step (nr.10, near line 148)");
S_436_0: /* 2 */
		goto S_437_0;	/* 'break' */
S_437_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_464_0;
S_464_0: /* 2 */
S_462_0: /* 2 */
S_439_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])>0)))
			goto S_462_1;
S_443_0: /* 2 */
S_440_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])<=((int)now.nexp))))
			goto S_443_1;
S_441_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_444_0;
S_443_1: /* 3 */
S_442_0: /* 2 */
		/* else */;
		goto S_444_0;
S_443_2: /* 3 */
		Uerror("blocking sel in d_step (nr.11, near line 181)");
S_444_0: /* 2 */
S_445_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_456_0: /* 2 */
S_455_0: /* 2 */
S_446_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_455_1;
S_450_0: /* 2 */
S_447_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)h2), 4) ]))))
			goto S_450_1;
S_448_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_451_0;
S_450_1: /* 3 */
S_449_0: /* 2 */
		/* else */;
		goto S_451_0;
S_450_2: /* 3 */
		Uerror("blocking sel in d_step (nr.12, near line 183)");
S_451_0: /* 2 */
S_452_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_456_0; /* ';' */
S_455_1: /* 3 */
S_453_0: /* 2 */
		/* else */;
S_454_0: /* 2 */
		goto S_458_0;	/* 'goto' */
S_455_2: /* 3 */
		Uerror("blocking sel in d_step (nr.13, near line 183)");
S_457_0: /* 2 */
		goto S_458_0;	/* 'break' */
S_458_0: /* 2 */
		now.lrank[ Index(h2, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[h2]", ((int)now.lrank[ Index(((int)h2), 4) ]));
#endif
		;
S_459_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_460_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_463_0;
S_462_1: /* 3 */
S_461_0: /* 2 */
		/* else */;
		goto S_463_0;
S_462_2: /* 3 */
		Uerror("blocking sel in d_step (nr.14, near line 179)");
S_463_0: /* 2 */
		goto S_465_0;
S_465_0: /* 2 */
		t = (((int)t)-1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_469_0; /* ';' */
S_468_1: /* 3 */
S_466_0: /* 2 */
		/* else */;
S_467_0: /* 2 */
		goto S_471_0;	/* 'goto' */
S_468_2: /* 3 */
		Uerror("blocking sel in d_step (nr.15, near line 438)");
S_470_0: /* 2 */
		goto S_471_0;	/* 'break' */
S_471_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_472_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_480_0: /* 2 */
S_479_0: /* 2 */
S_473_0: /* 2 */
		if (!((((int)q)<((int)k2))))
			goto S_479_1;
S_474_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_475_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_476_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_480_0; /* ';' */
S_479_1: /* 3 */
S_477_0: /* 2 */
		/* else */;
S_478_0: /* 2 */
		goto S_482_0;	/* 'goto' */
S_479_2: /* 3 */
		Uerror("blocking sel in d_step (nr.16, near line 438)");
S_481_0: /* 2 */
		goto S_482_0;	/* 'break' */
S_482_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_483_0: /* 2 */
		k2 = 0;
#ifdef VAR_RANGES
		logval("k2", ((int)k2));
#endif
		;
S_484_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_617_0;
S_617_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 18: // STATE 150 - memflush.pml:438 - [D_STEP438]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][150] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_486_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_487_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_488_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_617_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 19: // STATE 276 - memflush.pml:438 - [D_STEP438]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][276] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_490_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_491_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_492_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_493_0: /* 2 */
		t = 1;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_521_0: /* 2 */
S_520_0: /* 2 */
S_494_0: /* 2 */
		if (!((((int)t)<=((int)now.nexp))))
			goto S_520_1;
S_495_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_501_0: /* 2 */
S_500_0: /* 2 */
S_496_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])!=((int)t))))
			goto S_500_1;
S_497_0: /* 2 */
		h2 = (((int)h2)+1);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
		goto S_501_0; /* ';' */
S_500_1: /* 3 */
S_498_0: /* 2 */
		/* else */;
S_499_0: /* 2 */
		goto S_503_0;	/* 'goto' */
S_500_2: /* 3 */
		Uerror("blocking sel in d_step (nr.17, near line 438)");
S_502_0: /* 2 */
		goto S_503_0;	/* 'break' */
S_503_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_515_0: /* 2 */
S_514_0: /* 2 */
S_504_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)h2), 4) ].n))))
			goto S_514_1;
S_509_0: /* 2 */
S_505_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_509_1;
S_506_0: /* 2 */
		tmp[ Index(v, 3) ] = ((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[v]", ((int)tmp[ Index(((int)v), 3) ]));
#endif
		;
S_507_0: /* 2 */
		v = (((int)v)+1);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_510_0;
S_509_1: /* 3 */
S_508_0: /* 2 */
		/* else */;
		goto S_510_0;
S_509_2: /* 3 */
		Uerror("blocking sel in d_step (nr.18, near line 438)");
S_510_0: /* 2 */
S_511_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_515_0; /* ';' */
S_514_1: /* 3 */
S_512_0: /* 2 */
		/* else */;
S_513_0: /* 2 */
		goto S_517_0;	/* 'goto' */
S_514_2: /* 3 */
		Uerror("blocking sel in d_step (nr.19, near line 438)");
S_516_0: /* 2 */
		goto S_517_0;	/* 'break' */
S_517_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_521_0; /* ';' */
S_520_1: /* 3 */
S_518_0: /* 2 */
		/* else */;
S_519_0: /* 2 */
		goto S_523_0;	/* 'goto' */
S_520_2: /* 3 */
		Uerror("blocking sel in d_step (nr.20, near line 438)");
S_522_0: /* 2 */
		goto S_523_0;	/* 'break' */
S_523_0: /* 2 */
		k2 = ((int)v);
#ifdef VAR_RANGES
		logval("k2", ((int)k2));
#endif
		;
S_524_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_525_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_526_0: /* 2 */
		t = ((int)now.nexp);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_599_0: /* 2 */
S_598_0: /* 2 */
S_527_0: /* 2 */
		if (!((((int)t)>0)))
			goto S_598_1;
S_528_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_534_0: /* 2 */
S_533_0: /* 2 */
S_529_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])!=((int)t))))
			goto S_533_1;
S_530_0: /* 2 */
		h2 = (((int)h2)+1);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
		goto S_534_0; /* ';' */
S_533_1: /* 3 */
S_531_0: /* 2 */
		/* else */;
S_532_0: /* 2 */
		goto S_539_0;	/* 'goto' */
S_533_2: /* 3 */
		Uerror("blocking sel in d_step (nr.21, near line 438)");
S_535_0: /* 2 */
		goto S_539_0;	/* 'break' */
S_539_0: /* 2 */
S_536_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)h2), 4) ].n)>0)))
			goto S_539_1;
S_537_0: /* 2 */
		now.touched[ Index(h2, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[h2]", ((int)now.touched[ Index(((int)h2), 4) ]));
#endif
		;
		goto S_540_0;
S_539_1: /* 3 */
S_538_0: /* 2 */
		/* else */;
		goto S_540_0;
S_539_2: /* 3 */
		Uerror("blocking sel in d_step (nr.22, near line 438)");
S_540_0: /* 2 */
S_568_0: /* 2 */
S_565_0: /* 2 */
S_564_0: /* 2 */
S_541_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)h2), 4) ].n)>0)))
			goto S_564_1;
S_542_0: /* 2 */
		now.inf[ Index(h2, 4) ].n = (((int)now.inf[ Index(((int)h2), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[h2].n", ((int)now.inf[ Index(((int)h2), 4) ].n));
#endif
		;
S_543_0: /* 2 */
		v = ((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)now.inf[ Index(((int)h2), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_544_0: /* 2 */
		now.inf[ Index(h2, 4) ].e[ Index(now.inf[ Index(h2, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[h2].e[inf[h2].n]", ((int)now.inf[ Index(((int)h2), 4) ].e[ Index(((int)now.inf[ Index(((int)h2), 4) ].n), 3) ]));
#endif
		;
S_560_0: /* 2 */
S_545_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_560_1;
S_546_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_561_0;
S_560_1: /* 3 */
S_547_0: /* 2 */
		/* else */;
S_559_0: /* 2 */
S_548_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_555_0: /* 2 */
S_554_0: /* 2 */
S_549_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_554_1;
S_550_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_551_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_555_0; /* ';' */
S_554_1: /* 3 */
S_552_0: /* 2 */
		/* else */;
S_553_0: /* 2 */
		goto S_557_0;	/* 'goto' */
S_554_2: /* 3 */
		Uerror("blocking sel in d_step (nr.23, near line 136)");
S_556_0: /* 2 */
		goto S_557_0;	/* 'break' */
S_557_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_558_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_561_0;
		goto S_561_0;
S_560_2: /* 3 */
		Uerror("blocking sel in d_step (nr.24, near line 151)");
S_561_0: /* 2 */
		goto S_565_0; /* '.' */
		goto S_565_0; /* ';' */
S_564_1: /* 3 */
S_562_0: /* 2 */
		/* else */;
S_563_0: /* 2 */
		goto S_567_0;	/* 'goto' */
S_564_2: /* 3 */
		Uerror("blocking sel in d_step (nr.25, near line 148)");
S_566_0: /* 2 */
		goto S_567_0;	/* 'break' */
S_567_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_594_0;
S_594_0: /* 2 */
S_592_0: /* 2 */
S_569_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])>0)))
			goto S_592_1;
S_573_0: /* 2 */
S_570_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)h2), 4) ])<=((int)now.nexp))))
			goto S_573_1;
S_571_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_574_0;
S_573_1: /* 3 */
S_572_0: /* 2 */
		/* else */;
		goto S_574_0;
S_573_2: /* 3 */
		Uerror("blocking sel in d_step (nr.26, near line 181)");
S_574_0: /* 2 */
S_575_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_586_0: /* 2 */
S_585_0: /* 2 */
S_576_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_585_1;
S_580_0: /* 2 */
S_577_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)h2), 4) ]))))
			goto S_580_1;
S_578_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_581_0;
S_580_1: /* 3 */
S_579_0: /* 2 */
		/* else */;
		goto S_581_0;
S_580_2: /* 3 */
		Uerror("blocking sel in d_step (nr.27, near line 183)");
S_581_0: /* 2 */
S_582_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_586_0; /* ';' */
S_585_1: /* 3 */
S_583_0: /* 2 */
		/* else */;
S_584_0: /* 2 */
		goto S_588_0;	/* 'goto' */
S_585_2: /* 3 */
		Uerror("blocking sel in d_step (nr.28, near line 183)");
S_587_0: /* 2 */
		goto S_588_0;	/* 'break' */
S_588_0: /* 2 */
		now.lrank[ Index(h2, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[h2]", ((int)now.lrank[ Index(((int)h2), 4) ]));
#endif
		;
S_589_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_590_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_593_0;
S_592_1: /* 3 */
S_591_0: /* 2 */
		/* else */;
		goto S_593_0;
S_592_2: /* 3 */
		Uerror("blocking sel in d_step (nr.29, near line 179)");
S_593_0: /* 2 */
		goto S_595_0;
S_595_0: /* 2 */
		t = (((int)t)-1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_599_0; /* ';' */
S_598_1: /* 3 */
S_596_0: /* 2 */
		/* else */;
S_597_0: /* 2 */
		goto S_601_0;	/* 'goto' */
S_598_2: /* 3 */
		Uerror("blocking sel in d_step (nr.30, near line 438)");
S_600_0: /* 2 */
		goto S_601_0;	/* 'break' */
S_601_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_602_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_610_0: /* 2 */
S_609_0: /* 2 */
S_603_0: /* 2 */
		if (!((((int)q)<((int)k2))))
			goto S_609_1;
S_604_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_605_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_606_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_610_0; /* ';' */
S_609_1: /* 3 */
S_607_0: /* 2 */
		/* else */;
S_608_0: /* 2 */
		goto S_612_0;	/* 'goto' */
S_609_2: /* 3 */
		Uerror("blocking sel in d_step (nr.31, near line 438)");
S_611_0: /* 2 */
		goto S_612_0;	/* 'break' */
S_612_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_613_0: /* 2 */
		k2 = 0;
#ifdef VAR_RANGES
		logval("k2", ((int)k2));
#endif
		;
S_614_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_617_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 20: // STATE 279 - memflush.pml:439 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][279] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 21: // STATE 282 - memflush.pml:439 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][282] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 22: // STATE 292 - memflush.pml:443 - [fail = 0] (0:0:1 - 7)
		IfNotBlocked
		reached[3][292] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 0;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 23: // STATE 293 - memflush.pml:443 - [a = sent] (0:0:1 - 1)
		IfNotBlocked
		reached[3][293] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->a);
		((P3 *)_this)->a = ((int)((P3 *)_this)->sent);
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 24: // STATE 294 - memflush.pml:445 - [(((a!=0)&&!(overlap)))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][294] = 1;
		if (!(((((int)((P3 *)_this)->a)!=0)&& !(((int)((P3 *)_this)->overlap)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 25: // STATE 295 - memflush.pml:446 - [a = (a-1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][295] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->a);
		((P3 *)_this)->a = (((int)((P3 *)_this)->a)-1);
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 26: // STATE 296 - memflush.pml:446 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][296] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 27: // STATE 300 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			continue;

		reached[3][300] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_636_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			Uerror("block in d_step seq");
S_637_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_638_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_650_0;
S_650_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 28: // STATE 305 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && (((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[3][305] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_640_0: /* 2 */
		if (!((((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_641_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_642_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_643_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_650_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 29: // STATE 309 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			continue;

		reached[3][309] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_645_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			Uerror("block in d_step seq");
S_646_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_647_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_650_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 30: // STATE 312 - memflush.pml:446 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][312] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 31: // STATE 313 - memflush.pml:446 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][313] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 32: // STATE 326 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][326] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_653_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_654_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_655_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_656_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_657_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_663_0: /* 2 */
S_658_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_663_1;
S_659_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_664_0;
S_663_1: /* 3 */
S_660_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_663_2;
S_661_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_664_0;
S_663_2: /* 3 */
S_662_0: /* 2 */
		/* else */;
		goto S_664_0;
S_663_3: /* 3 */
		Uerror("blocking sel in d_step (nr.32, near line 446)");
S_664_0: /* 2 */
		goto S_678_0;
S_678_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 33: // STATE 339 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][339] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_666_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_667_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_668_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_669_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_670_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_676_0: /* 2 */
S_671_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_676_1;
S_672_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_677_0;
S_676_1: /* 3 */
S_673_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_676_2;
S_674_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_677_0;
S_676_2: /* 3 */
S_675_0: /* 2 */
		/* else */;
		goto S_677_0;
S_676_3: /* 3 */
		Uerror("blocking sel in d_step (nr.33, near line 446)");
S_677_0: /* 2 */
		goto S_679_0;
S_679_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 34: // STATE 340 - memflush.pml:446 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][340] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 35: // STATE 341 - memflush.pml:446 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][341] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 36: // STATE 429 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][429] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_681_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_682_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_694_0: /* 2 */
S_693_0: /* 2 */
S_683_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_693_1;
S_688_0: /* 2 */
S_684_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_688_1;
S_685_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_686_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_689_0;
S_688_1: /* 3 */
S_687_0: /* 2 */
		/* else */;
		goto S_689_0;
S_688_2: /* 3 */
		Uerror("blocking sel in d_step (nr.34, near line 446)");
S_689_0: /* 2 */
S_690_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_694_0; /* ';' */
S_693_1: /* 3 */
S_691_0: /* 2 */
		/* else */;
S_692_0: /* 2 */
		goto S_699_0;	/* 'goto' */
S_693_2: /* 3 */
		Uerror("blocking sel in d_step (nr.35, near line 446)");
S_695_0: /* 2 */
		goto S_699_0;	/* 'break' */
S_699_0: /* 2 */
S_696_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_699_1;
S_697_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_700_0;
S_699_1: /* 3 */
S_698_0: /* 2 */
		/* else */;
		goto S_700_0;
S_699_2: /* 3 */
		Uerror("blocking sel in d_step (nr.36, near line 446)");
S_700_0: /* 2 */
S_728_0: /* 2 */
S_725_0: /* 2 */
S_724_0: /* 2 */
S_701_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_724_1;
S_702_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_703_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_704_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_720_0: /* 2 */
S_705_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_720_1;
S_706_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_721_0;
S_720_1: /* 3 */
S_707_0: /* 2 */
		/* else */;
S_719_0: /* 2 */
S_708_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_715_0: /* 2 */
S_714_0: /* 2 */
S_709_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_714_1;
S_710_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_711_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_715_0; /* ';' */
S_714_1: /* 3 */
S_712_0: /* 2 */
		/* else */;
S_713_0: /* 2 */
		goto S_717_0;	/* 'goto' */
S_714_2: /* 3 */
		Uerror("blocking sel in d_step (nr.37, near line 136)");
S_716_0: /* 2 */
		goto S_717_0;	/* 'break' */
S_717_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_718_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_721_0;
		goto S_721_0;
S_720_2: /* 3 */
		Uerror("blocking sel in d_step (nr.38, near line 151)");
S_721_0: /* 2 */
		goto S_725_0; /* '.' */
		goto S_725_0; /* ';' */
S_724_1: /* 3 */
S_722_0: /* 2 */
		/* else */;
S_723_0: /* 2 */
		goto S_727_0;	/* 'goto' */
S_724_2: /* 3 */
		Uerror("blocking sel in d_step (nr.39, near line 148)");
S_726_0: /* 2 */
		goto S_727_0;	/* 'break' */
S_727_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_754_0;
S_754_0: /* 2 */
S_752_0: /* 2 */
S_729_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_752_1;
S_733_0: /* 2 */
S_730_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_733_1;
S_731_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_734_0;
S_733_1: /* 3 */
S_732_0: /* 2 */
		/* else */;
		goto S_734_0;
S_733_2: /* 3 */
		Uerror("blocking sel in d_step (nr.40, near line 181)");
S_734_0: /* 2 */
S_735_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_746_0: /* 2 */
S_745_0: /* 2 */
S_736_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_745_1;
S_740_0: /* 2 */
S_737_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_740_1;
S_738_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_741_0;
S_740_1: /* 3 */
S_739_0: /* 2 */
		/* else */;
		goto S_741_0;
S_740_2: /* 3 */
		Uerror("blocking sel in d_step (nr.41, near line 183)");
S_741_0: /* 2 */
S_742_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_746_0; /* ';' */
S_745_1: /* 3 */
S_743_0: /* 2 */
		/* else */;
S_744_0: /* 2 */
		goto S_748_0;	/* 'goto' */
S_745_2: /* 3 */
		Uerror("blocking sel in d_step (nr.42, near line 183)");
S_747_0: /* 2 */
		goto S_748_0;	/* 'break' */
S_748_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_749_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_750_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_753_0;
S_752_1: /* 3 */
S_751_0: /* 2 */
		/* else */;
		goto S_753_0;
S_752_2: /* 3 */
		Uerror("blocking sel in d_step (nr.43, near line 179)");
S_753_0: /* 2 */
		goto S_755_0;
S_755_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_763_0: /* 2 */
S_762_0: /* 2 */
S_756_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_762_1;
S_757_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_758_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_759_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_763_0; /* ';' */
S_762_1: /* 3 */
S_760_0: /* 2 */
		/* else */;
S_761_0: /* 2 */
		goto S_765_0;	/* 'goto' */
S_762_2: /* 3 */
		Uerror("blocking sel in d_step (nr.44, near line 446)");
S_764_0: /* 2 */
		goto S_765_0;	/* 'break' */
S_765_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_766_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_767_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_864_0;
S_864_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 37: // STATE 433 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][433] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_769_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_770_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_771_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_864_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 38: // STATE 523 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][523] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_773_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_774_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_775_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_776_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_788_0: /* 2 */
S_787_0: /* 2 */
S_777_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_787_1;
S_782_0: /* 2 */
S_778_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_782_1;
S_779_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_780_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_783_0;
S_782_1: /* 3 */
S_781_0: /* 2 */
		/* else */;
		goto S_783_0;
S_782_2: /* 3 */
		Uerror("blocking sel in d_step (nr.45, near line 446)");
S_783_0: /* 2 */
S_784_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_788_0; /* ';' */
S_787_1: /* 3 */
S_785_0: /* 2 */
		/* else */;
S_786_0: /* 2 */
		goto S_793_0;	/* 'goto' */
S_787_2: /* 3 */
		Uerror("blocking sel in d_step (nr.46, near line 446)");
S_789_0: /* 2 */
		goto S_793_0;	/* 'break' */
S_793_0: /* 2 */
S_790_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_793_1;
S_791_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_794_0;
S_793_1: /* 3 */
S_792_0: /* 2 */
		/* else */;
		goto S_794_0;
S_793_2: /* 3 */
		Uerror("blocking sel in d_step (nr.47, near line 446)");
S_794_0: /* 2 */
S_822_0: /* 2 */
S_819_0: /* 2 */
S_818_0: /* 2 */
S_795_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_818_1;
S_796_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_797_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_798_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_814_0: /* 2 */
S_799_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_814_1;
S_800_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_815_0;
S_814_1: /* 3 */
S_801_0: /* 2 */
		/* else */;
S_813_0: /* 2 */
S_802_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_809_0: /* 2 */
S_808_0: /* 2 */
S_803_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_808_1;
S_804_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_805_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_809_0; /* ';' */
S_808_1: /* 3 */
S_806_0: /* 2 */
		/* else */;
S_807_0: /* 2 */
		goto S_811_0;	/* 'goto' */
S_808_2: /* 3 */
		Uerror("blocking sel in d_step (nr.48, near line 136)");
S_810_0: /* 2 */
		goto S_811_0;	/* 'break' */
S_811_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_812_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_815_0;
		goto S_815_0;
S_814_2: /* 3 */
		Uerror("blocking sel in d_step (nr.49, near line 151)");
S_815_0: /* 2 */
		goto S_819_0; /* '.' */
		goto S_819_0; /* ';' */
S_818_1: /* 3 */
S_816_0: /* 2 */
		/* else */;
S_817_0: /* 2 */
		goto S_821_0;	/* 'goto' */
S_818_2: /* 3 */
		Uerror("blocking sel in d_step (nr.50, near line 148)");
S_820_0: /* 2 */
		goto S_821_0;	/* 'break' */
S_821_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_848_0;
S_848_0: /* 2 */
S_846_0: /* 2 */
S_823_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_846_1;
S_827_0: /* 2 */
S_824_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_827_1;
S_825_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_828_0;
S_827_1: /* 3 */
S_826_0: /* 2 */
		/* else */;
		goto S_828_0;
S_827_2: /* 3 */
		Uerror("blocking sel in d_step (nr.51, near line 181)");
S_828_0: /* 2 */
S_829_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_840_0: /* 2 */
S_839_0: /* 2 */
S_830_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_839_1;
S_834_0: /* 2 */
S_831_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_834_1;
S_832_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_835_0;
S_834_1: /* 3 */
S_833_0: /* 2 */
		/* else */;
		goto S_835_0;
S_834_2: /* 3 */
		Uerror("blocking sel in d_step (nr.52, near line 183)");
S_835_0: /* 2 */
S_836_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_840_0; /* ';' */
S_839_1: /* 3 */
S_837_0: /* 2 */
		/* else */;
S_838_0: /* 2 */
		goto S_842_0;	/* 'goto' */
S_839_2: /* 3 */
		Uerror("blocking sel in d_step (nr.53, near line 183)");
S_841_0: /* 2 */
		goto S_842_0;	/* 'break' */
S_842_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_843_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_844_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_847_0;
S_846_1: /* 3 */
S_845_0: /* 2 */
		/* else */;
		goto S_847_0;
S_846_2: /* 3 */
		Uerror("blocking sel in d_step (nr.54, near line 179)");
S_847_0: /* 2 */
		goto S_849_0;
S_849_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_857_0: /* 2 */
S_856_0: /* 2 */
S_850_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_856_1;
S_851_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_852_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_853_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_857_0; /* ';' */
S_856_1: /* 3 */
S_854_0: /* 2 */
		/* else */;
S_855_0: /* 2 */
		goto S_859_0;	/* 'goto' */
S_856_2: /* 3 */
		Uerror("blocking sel in d_step (nr.55, near line 446)");
S_858_0: /* 2 */
		goto S_859_0;	/* 'break' */
S_859_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_860_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_861_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_864_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 39: // STATE 526 - memflush.pml:446 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][526] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 40: // STATE 527 - memflush.pml:446 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][527] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 41: // STATE 528 - memflush.pml:446 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][528] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 42: // STATE 530 - memflush.pml:446 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][530] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 43: // STATE 532 - memflush.pml:446 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][532] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 44: // STATE 533 - memflush.pml:446 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][533] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 45: // STATE 542 - memflush.pml:446 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][542] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 46: // STATE 546 - memflush.pml:446 - [(!(fail))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][546] = 1;
		if (!( !(((int)((P3 *)_this)->fail))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 47: // STATE 581 - memflush.pml:446 - [D_STEP446]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][581] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_918_0: /* 2 */
S_887_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_918_1;
S_916_0: /* 2 */
S_913_0: /* 2 */
S_911_0: /* 2 */
S_888_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_911_1;
S_892_0: /* 2 */
S_889_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_892_1;
S_890_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_893_0;
S_892_1: /* 3 */
S_891_0: /* 2 */
		/* else */;
		goto S_893_0;
S_892_2: /* 3 */
		Uerror("blocking sel in d_step (nr.56, near line 181)");
S_893_0: /* 2 */
S_894_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_905_0: /* 2 */
S_904_0: /* 2 */
S_895_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_904_1;
S_899_0: /* 2 */
S_896_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_899_1;
S_897_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_900_0;
S_899_1: /* 3 */
S_898_0: /* 2 */
		/* else */;
		goto S_900_0;
S_899_2: /* 3 */
		Uerror("blocking sel in d_step (nr.57, near line 183)");
S_900_0: /* 2 */
S_901_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_905_0; /* ';' */
S_904_1: /* 3 */
S_902_0: /* 2 */
		/* else */;
S_903_0: /* 2 */
		goto S_907_0;	/* 'goto' */
S_904_2: /* 3 */
		Uerror("blocking sel in d_step (nr.58, near line 183)");
S_906_0: /* 2 */
		goto S_907_0;	/* 'break' */
S_907_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_908_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_909_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_912_0;
S_911_1: /* 3 */
S_910_0: /* 2 */
		/* else */;
		goto S_912_0;
S_911_2: /* 3 */
		Uerror("blocking sel in d_step (nr.59, near line 179)");
S_912_0: /* 2 */
		goto S_914_0;
S_914_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_915_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_919_0;
S_918_1: /* 3 */
S_917_0: /* 2 */
		/* else */;
		goto S_919_0;
S_918_2: /* 3 */
		Uerror("blocking sel in d_step (nr.60, near line 446)");
S_919_0: /* 2 */
		goto S_922_0;
S_922_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 48: // STATE 584 - memflush.pml:446 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][584] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 49: // STATE 585 - memflush.pml:446 - [(slost[((me*2)+a)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][585] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 50: // STATE 700 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][700] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_927_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_1035_0: /* 2 */
S_928_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_1035_1;
S_957_0: /* 2 */
S_929_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_957_1;
S_955_0: /* 2 */
S_953_0: /* 2 */
S_930_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_953_1;
S_934_0: /* 2 */
S_931_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_934_1;
S_932_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_935_0;
S_934_1: /* 3 */
S_933_0: /* 2 */
		/* else */;
		goto S_935_0;
S_934_2: /* 3 */
		Uerror("blocking sel in d_step (nr.61, near line 181)");
S_935_0: /* 2 */
S_936_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_947_0: /* 2 */
S_946_0: /* 2 */
S_937_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_946_1;
S_941_0: /* 2 */
S_938_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_941_1;
S_939_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_942_0;
S_941_1: /* 3 */
S_940_0: /* 2 */
		/* else */;
		goto S_942_0;
S_941_2: /* 3 */
		Uerror("blocking sel in d_step (nr.62, near line 183)");
S_942_0: /* 2 */
S_943_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_947_0; /* ';' */
S_946_1: /* 3 */
S_944_0: /* 2 */
		/* else */;
S_945_0: /* 2 */
		goto S_949_0;	/* 'goto' */
S_946_2: /* 3 */
		Uerror("blocking sel in d_step (nr.63, near line 183)");
S_948_0: /* 2 */
		goto S_949_0;	/* 'break' */
S_949_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_950_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_951_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_954_0;
S_953_1: /* 3 */
S_952_0: /* 2 */
		/* else */;
		goto S_954_0;
S_953_2: /* 3 */
		Uerror("blocking sel in d_step (nr.64, near line 179)");
S_954_0: /* 2 */
		goto S_958_0;
S_957_1: /* 3 */
S_956_0: /* 2 */
		/* else */;
		goto S_958_0;
S_957_2: /* 3 */
		Uerror("blocking sel in d_step (nr.65, near line 446)");
S_958_0: /* 2 */
S_959_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_1036_0;
S_1035_1: /* 3 */
S_960_0: /* 2 */
		/* else */;
S_961_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_974_0: /* 2 */
S_973_0: /* 2 */
S_962_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_973_1;
S_968_0: /* 2 */
S_963_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_968_1;
S_964_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_965_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_966_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_969_0;
S_968_1: /* 3 */
S_967_0: /* 2 */
		/* else */;
		goto S_969_0;
S_968_2: /* 3 */
		Uerror("blocking sel in d_step (nr.66, near line 446)");
S_969_0: /* 2 */
S_970_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_974_0; /* ';' */
S_973_1: /* 3 */
S_971_0: /* 2 */
		/* else */;
S_972_0: /* 2 */
		goto S_976_0;	/* 'goto' */
S_973_2: /* 3 */
		Uerror("blocking sel in d_step (nr.67, near line 446)");
S_975_0: /* 2 */
		goto S_976_0;	/* 'break' */
S_976_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_997_0: /* 2 */
S_996_0: /* 2 */
S_977_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_996_1;
S_991_0: /* 2 */
S_978_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_979_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_986_0: /* 2 */
S_985_0: /* 2 */
S_980_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_985_1;
S_981_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_982_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_986_0; /* ';' */
S_985_1: /* 3 */
S_983_0: /* 2 */
		/* else */;
S_984_0: /* 2 */
		goto S_988_0;	/* 'goto' */
S_985_2: /* 3 */
		Uerror("blocking sel in d_step (nr.68, near line 141)");
S_987_0: /* 2 */
		goto S_988_0;	/* 'break' */
S_988_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_989_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_990_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_992_0;
S_992_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_993_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_997_0; /* ';' */
S_996_1: /* 3 */
S_994_0: /* 2 */
		/* else */;
S_995_0: /* 2 */
		goto S_999_0;	/* 'goto' */
S_996_2: /* 3 */
		Uerror("blocking sel in d_step (nr.69, near line 446)");
S_998_0: /* 2 */
		goto S_999_0;	/* 'break' */
S_999_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_1000_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_1001_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1002_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1031_0: /* 2 */
S_1003_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_1031_1;
S_1029_0: /* 2 */
S_1027_0: /* 2 */
S_1004_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1027_1;
S_1008_0: /* 2 */
S_1005_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1008_1;
S_1006_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1009_0;
S_1008_1: /* 3 */
S_1007_0: /* 2 */
		/* else */;
		goto S_1009_0;
S_1008_2: /* 3 */
		Uerror("blocking sel in d_step (nr.70, near line 181)");
S_1009_0: /* 2 */
S_1010_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1021_0: /* 2 */
S_1020_0: /* 2 */
S_1011_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1020_1;
S_1015_0: /* 2 */
S_1012_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1015_1;
S_1013_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1016_0;
S_1015_1: /* 3 */
S_1014_0: /* 2 */
		/* else */;
		goto S_1016_0;
S_1015_2: /* 3 */
		Uerror("blocking sel in d_step (nr.71, near line 183)");
S_1016_0: /* 2 */
S_1017_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1021_0; /* ';' */
S_1020_1: /* 3 */
S_1018_0: /* 2 */
		/* else */;
S_1019_0: /* 2 */
		goto S_1023_0;	/* 'goto' */
S_1020_2: /* 3 */
		Uerror("blocking sel in d_step (nr.72, near line 183)");
S_1022_0: /* 2 */
		goto S_1023_0;	/* 'break' */
S_1023_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1024_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1025_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1028_0;
S_1027_1: /* 3 */
S_1026_0: /* 2 */
		/* else */;
		goto S_1028_0;
S_1027_2: /* 3 */
		Uerror("blocking sel in d_step (nr.73, near line 179)");
S_1028_0: /* 2 */
		goto S_1032_0;
S_1031_1: /* 3 */
S_1030_0: /* 2 */
		/* else */;
		goto S_1032_0;
S_1031_2: /* 3 */
		Uerror("blocking sel in d_step (nr.74, near line 446)");
S_1032_0: /* 2 */
S_1033_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1034_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_1036_0;
S_1035_2: /* 3 */
		Uerror("blocking sel in d_step (nr.75, near line 446)");
S_1036_0: /* 2 */
S_1037_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_1038_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1160_0;
S_1160_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 51: // STATE 704 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][704] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1040_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1041_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1042_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1160_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 52: // STATE 819 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][819] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1044_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1045_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1046_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_1154_0: /* 2 */
S_1047_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_1154_1;
S_1076_0: /* 2 */
S_1048_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_1076_1;
S_1074_0: /* 2 */
S_1072_0: /* 2 */
S_1049_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1072_1;
S_1053_0: /* 2 */
S_1050_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1053_1;
S_1051_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1054_0;
S_1053_1: /* 3 */
S_1052_0: /* 2 */
		/* else */;
		goto S_1054_0;
S_1053_2: /* 3 */
		Uerror("blocking sel in d_step (nr.76, near line 181)");
S_1054_0: /* 2 */
S_1055_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1066_0: /* 2 */
S_1065_0: /* 2 */
S_1056_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1065_1;
S_1060_0: /* 2 */
S_1057_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1060_1;
S_1058_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1061_0;
S_1060_1: /* 3 */
S_1059_0: /* 2 */
		/* else */;
		goto S_1061_0;
S_1060_2: /* 3 */
		Uerror("blocking sel in d_step (nr.77, near line 183)");
S_1061_0: /* 2 */
S_1062_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1066_0; /* ';' */
S_1065_1: /* 3 */
S_1063_0: /* 2 */
		/* else */;
S_1064_0: /* 2 */
		goto S_1068_0;	/* 'goto' */
S_1065_2: /* 3 */
		Uerror("blocking sel in d_step (nr.78, near line 183)");
S_1067_0: /* 2 */
		goto S_1068_0;	/* 'break' */
S_1068_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1069_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1070_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1073_0;
S_1072_1: /* 3 */
S_1071_0: /* 2 */
		/* else */;
		goto S_1073_0;
S_1072_2: /* 3 */
		Uerror("blocking sel in d_step (nr.79, near line 179)");
S_1073_0: /* 2 */
		goto S_1077_0;
S_1076_1: /* 3 */
S_1075_0: /* 2 */
		/* else */;
		goto S_1077_0;
S_1076_2: /* 3 */
		Uerror("blocking sel in d_step (nr.80, near line 446)");
S_1077_0: /* 2 */
S_1078_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_1155_0;
S_1154_1: /* 3 */
S_1079_0: /* 2 */
		/* else */;
S_1080_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1093_0: /* 2 */
S_1092_0: /* 2 */
S_1081_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_1092_1;
S_1087_0: /* 2 */
S_1082_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_1087_1;
S_1083_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_1084_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_1085_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1088_0;
S_1087_1: /* 3 */
S_1086_0: /* 2 */
		/* else */;
		goto S_1088_0;
S_1087_2: /* 3 */
		Uerror("blocking sel in d_step (nr.81, near line 446)");
S_1088_0: /* 2 */
S_1089_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1093_0; /* ';' */
S_1092_1: /* 3 */
S_1090_0: /* 2 */
		/* else */;
S_1091_0: /* 2 */
		goto S_1095_0;	/* 'goto' */
S_1092_2: /* 3 */
		Uerror("blocking sel in d_step (nr.82, near line 446)");
S_1094_0: /* 2 */
		goto S_1095_0;	/* 'break' */
S_1095_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1116_0: /* 2 */
S_1115_0: /* 2 */
S_1096_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_1115_1;
S_1110_0: /* 2 */
S_1097_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1098_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1105_0: /* 2 */
S_1104_0: /* 2 */
S_1099_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_1104_1;
S_1100_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_1101_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1105_0; /* ';' */
S_1104_1: /* 3 */
S_1102_0: /* 2 */
		/* else */;
S_1103_0: /* 2 */
		goto S_1107_0;	/* 'goto' */
S_1104_2: /* 3 */
		Uerror("blocking sel in d_step (nr.83, near line 141)");
S_1106_0: /* 2 */
		goto S_1107_0;	/* 'break' */
S_1107_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_1108_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1109_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1111_0;
S_1111_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_1112_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1116_0; /* ';' */
S_1115_1: /* 3 */
S_1113_0: /* 2 */
		/* else */;
S_1114_0: /* 2 */
		goto S_1118_0;	/* 'goto' */
S_1115_2: /* 3 */
		Uerror("blocking sel in d_step (nr.84, near line 446)");
S_1117_0: /* 2 */
		goto S_1118_0;	/* 'break' */
S_1118_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_1119_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_1120_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1121_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1150_0: /* 2 */
S_1122_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_1150_1;
S_1148_0: /* 2 */
S_1146_0: /* 2 */
S_1123_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1146_1;
S_1127_0: /* 2 */
S_1124_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1127_1;
S_1125_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1128_0;
S_1127_1: /* 3 */
S_1126_0: /* 2 */
		/* else */;
		goto S_1128_0;
S_1127_2: /* 3 */
		Uerror("blocking sel in d_step (nr.85, near line 181)");
S_1128_0: /* 2 */
S_1129_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1140_0: /* 2 */
S_1139_0: /* 2 */
S_1130_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1139_1;
S_1134_0: /* 2 */
S_1131_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1134_1;
S_1132_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1135_0;
S_1134_1: /* 3 */
S_1133_0: /* 2 */
		/* else */;
		goto S_1135_0;
S_1134_2: /* 3 */
		Uerror("blocking sel in d_step (nr.86, near line 183)");
S_1135_0: /* 2 */
S_1136_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1140_0; /* ';' */
S_1139_1: /* 3 */
S_1137_0: /* 2 */
		/* else */;
S_1138_0: /* 2 */
		goto S_1142_0;	/* 'goto' */
S_1139_2: /* 3 */
		Uerror("blocking sel in d_step (nr.87, near line 183)");
S_1141_0: /* 2 */
		goto S_1142_0;	/* 'break' */
S_1142_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1143_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1144_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1147_0;
S_1146_1: /* 3 */
S_1145_0: /* 2 */
		/* else */;
		goto S_1147_0;
S_1146_2: /* 3 */
		Uerror("blocking sel in d_step (nr.88, near line 179)");
S_1147_0: /* 2 */
		goto S_1151_0;
S_1150_1: /* 3 */
S_1149_0: /* 2 */
		/* else */;
		goto S_1151_0;
S_1150_2: /* 3 */
		Uerror("blocking sel in d_step (nr.89, near line 446)");
S_1151_0: /* 2 */
S_1152_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1153_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_1155_0;
S_1154_2: /* 3 */
		Uerror("blocking sel in d_step (nr.90, near line 446)");
S_1155_0: /* 2 */
S_1156_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_1157_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1160_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 53: // STATE 822 - memflush.pml:446 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][822] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 54: // STATE 824 - memflush.pml:446 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][824] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 55: // STATE 825 - memflush.pml:446 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][825] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 56: // STATE 827 - memflush.pml:446 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][827] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 57: // STATE 840 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][840] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1167_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1168_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1169_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1170_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1171_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1177_0: /* 2 */
S_1172_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_1177_1;
S_1173_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_1178_0;
S_1177_1: /* 3 */
S_1174_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_1177_2;
S_1175_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_1178_0;
S_1177_2: /* 3 */
S_1176_0: /* 2 */
		/* else */;
		goto S_1178_0;
S_1177_3: /* 3 */
		Uerror("blocking sel in d_step (nr.91, near line 446)");
S_1178_0: /* 2 */
		goto S_1192_0;
S_1192_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 58: // STATE 853 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][853] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1180_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1181_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1182_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1183_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1184_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1190_0: /* 2 */
S_1185_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_1190_1;
S_1186_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_1191_0;
S_1190_1: /* 3 */
S_1187_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_1190_2;
S_1188_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_1191_0;
S_1190_2: /* 3 */
S_1189_0: /* 2 */
		/* else */;
		goto S_1191_0;
S_1190_3: /* 3 */
		Uerror("blocking sel in d_step (nr.92, near line 446)");
S_1191_0: /* 2 */
		goto S_1193_0;
S_1193_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 59: // STATE 854 - memflush.pml:446 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][854] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 60: // STATE 855 - memflush.pml:446 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][855] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 61: // STATE 943 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][943] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1195_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1196_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1208_0: /* 2 */
S_1207_0: /* 2 */
S_1197_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_1207_1;
S_1202_0: /* 2 */
S_1198_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_1202_1;
S_1199_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_1200_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1203_0;
S_1202_1: /* 3 */
S_1201_0: /* 2 */
		/* else */;
		goto S_1203_0;
S_1202_2: /* 3 */
		Uerror("blocking sel in d_step (nr.93, near line 446)");
S_1203_0: /* 2 */
S_1204_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1208_0; /* ';' */
S_1207_1: /* 3 */
S_1205_0: /* 2 */
		/* else */;
S_1206_0: /* 2 */
		goto S_1213_0;	/* 'goto' */
S_1207_2: /* 3 */
		Uerror("blocking sel in d_step (nr.94, near line 446)");
S_1209_0: /* 2 */
		goto S_1213_0;	/* 'break' */
S_1213_0: /* 2 */
S_1210_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1213_1;
S_1211_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1214_0;
S_1213_1: /* 3 */
S_1212_0: /* 2 */
		/* else */;
		goto S_1214_0;
S_1213_2: /* 3 */
		Uerror("blocking sel in d_step (nr.95, near line 446)");
S_1214_0: /* 2 */
S_1242_0: /* 2 */
S_1239_0: /* 2 */
S_1238_0: /* 2 */
S_1215_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1238_1;
S_1216_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_1217_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1218_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1234_0: /* 2 */
S_1219_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_1234_1;
S_1220_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1235_0;
S_1234_1: /* 3 */
S_1221_0: /* 2 */
		/* else */;
S_1233_0: /* 2 */
S_1222_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1229_0: /* 2 */
S_1228_0: /* 2 */
S_1223_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_1228_1;
S_1224_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_1225_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1229_0; /* ';' */
S_1228_1: /* 3 */
S_1226_0: /* 2 */
		/* else */;
S_1227_0: /* 2 */
		goto S_1231_0;	/* 'goto' */
S_1228_2: /* 3 */
		Uerror("blocking sel in d_step (nr.96, near line 136)");
S_1230_0: /* 2 */
		goto S_1231_0;	/* 'break' */
S_1231_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_1232_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_1235_0;
		goto S_1235_0;
S_1234_2: /* 3 */
		Uerror("blocking sel in d_step (nr.97, near line 151)");
S_1235_0: /* 2 */
		goto S_1239_0; /* '.' */
		goto S_1239_0; /* ';' */
S_1238_1: /* 3 */
S_1236_0: /* 2 */
		/* else */;
S_1237_0: /* 2 */
		goto S_1241_0;	/* 'goto' */
S_1238_2: /* 3 */
		Uerror("blocking sel in d_step (nr.98, near line 148)");
S_1240_0: /* 2 */
		goto S_1241_0;	/* 'break' */
S_1241_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_1268_0;
S_1268_0: /* 2 */
S_1266_0: /* 2 */
S_1243_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1266_1;
S_1247_0: /* 2 */
S_1244_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1247_1;
S_1245_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1248_0;
S_1247_1: /* 3 */
S_1246_0: /* 2 */
		/* else */;
		goto S_1248_0;
S_1247_2: /* 3 */
		Uerror("blocking sel in d_step (nr.99, near line 181)");
S_1248_0: /* 2 */
S_1249_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1260_0: /* 2 */
S_1259_0: /* 2 */
S_1250_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1259_1;
S_1254_0: /* 2 */
S_1251_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1254_1;
S_1252_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1255_0;
S_1254_1: /* 3 */
S_1253_0: /* 2 */
		/* else */;
		goto S_1255_0;
S_1254_2: /* 3 */
		Uerror("blocking sel in d_step (nr.100, near line 183)");
S_1255_0: /* 2 */
S_1256_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1260_0; /* ';' */
S_1259_1: /* 3 */
S_1257_0: /* 2 */
		/* else */;
S_1258_0: /* 2 */
		goto S_1262_0;	/* 'goto' */
S_1259_2: /* 3 */
		Uerror("blocking sel in d_step (nr.101, near line 183)");
S_1261_0: /* 2 */
		goto S_1262_0;	/* 'break' */
S_1262_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1263_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1264_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1267_0;
S_1266_1: /* 3 */
S_1265_0: /* 2 */
		/* else */;
		goto S_1267_0;
S_1266_2: /* 3 */
		Uerror("blocking sel in d_step (nr.102, near line 179)");
S_1267_0: /* 2 */
		goto S_1269_0;
S_1269_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1277_0: /* 2 */
S_1276_0: /* 2 */
S_1270_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_1276_1;
S_1271_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_1272_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_1273_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1277_0; /* ';' */
S_1276_1: /* 3 */
S_1274_0: /* 2 */
		/* else */;
S_1275_0: /* 2 */
		goto S_1279_0;	/* 'goto' */
S_1276_2: /* 3 */
		Uerror("blocking sel in d_step (nr.103, near line 446)");
S_1278_0: /* 2 */
		goto S_1279_0;	/* 'break' */
S_1279_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1280_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1281_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1378_0;
S_1378_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 62: // STATE 947 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][947] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1283_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1284_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1285_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1378_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 63: // STATE 1037 - memflush.pml:446 - [D_STEP446]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1037] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1287_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1288_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1289_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1290_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1302_0: /* 2 */
S_1301_0: /* 2 */
S_1291_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_1301_1;
S_1296_0: /* 2 */
S_1292_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_1296_1;
S_1293_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_1294_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1297_0;
S_1296_1: /* 3 */
S_1295_0: /* 2 */
		/* else */;
		goto S_1297_0;
S_1296_2: /* 3 */
		Uerror("blocking sel in d_step (nr.104, near line 446)");
S_1297_0: /* 2 */
S_1298_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1302_0; /* ';' */
S_1301_1: /* 3 */
S_1299_0: /* 2 */
		/* else */;
S_1300_0: /* 2 */
		goto S_1307_0;	/* 'goto' */
S_1301_2: /* 3 */
		Uerror("blocking sel in d_step (nr.105, near line 446)");
S_1303_0: /* 2 */
		goto S_1307_0;	/* 'break' */
S_1307_0: /* 2 */
S_1304_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1307_1;
S_1305_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1308_0;
S_1307_1: /* 3 */
S_1306_0: /* 2 */
		/* else */;
		goto S_1308_0;
S_1307_2: /* 3 */
		Uerror("blocking sel in d_step (nr.106, near line 446)");
S_1308_0: /* 2 */
S_1336_0: /* 2 */
S_1333_0: /* 2 */
S_1332_0: /* 2 */
S_1309_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1332_1;
S_1310_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_1311_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1312_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1328_0: /* 2 */
S_1313_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_1328_1;
S_1314_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1329_0;
S_1328_1: /* 3 */
S_1315_0: /* 2 */
		/* else */;
S_1327_0: /* 2 */
S_1316_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1323_0: /* 2 */
S_1322_0: /* 2 */
S_1317_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_1322_1;
S_1318_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_1319_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1323_0; /* ';' */
S_1322_1: /* 3 */
S_1320_0: /* 2 */
		/* else */;
S_1321_0: /* 2 */
		goto S_1325_0;	/* 'goto' */
S_1322_2: /* 3 */
		Uerror("blocking sel in d_step (nr.107, near line 136)");
S_1324_0: /* 2 */
		goto S_1325_0;	/* 'break' */
S_1325_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_1326_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_1329_0;
		goto S_1329_0;
S_1328_2: /* 3 */
		Uerror("blocking sel in d_step (nr.108, near line 151)");
S_1329_0: /* 2 */
		goto S_1333_0; /* '.' */
		goto S_1333_0; /* ';' */
S_1332_1: /* 3 */
S_1330_0: /* 2 */
		/* else */;
S_1331_0: /* 2 */
		goto S_1335_0;	/* 'goto' */
S_1332_2: /* 3 */
		Uerror("blocking sel in d_step (nr.109, near line 148)");
S_1334_0: /* 2 */
		goto S_1335_0;	/* 'break' */
S_1335_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_1362_0;
S_1362_0: /* 2 */
S_1360_0: /* 2 */
S_1337_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1360_1;
S_1341_0: /* 2 */
S_1338_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1341_1;
S_1339_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1342_0;
S_1341_1: /* 3 */
S_1340_0: /* 2 */
		/* else */;
		goto S_1342_0;
S_1341_2: /* 3 */
		Uerror("blocking sel in d_step (nr.110, near line 181)");
S_1342_0: /* 2 */
S_1343_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1354_0: /* 2 */
S_1353_0: /* 2 */
S_1344_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1353_1;
S_1348_0: /* 2 */
S_1345_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1348_1;
S_1346_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1349_0;
S_1348_1: /* 3 */
S_1347_0: /* 2 */
		/* else */;
		goto S_1349_0;
S_1348_2: /* 3 */
		Uerror("blocking sel in d_step (nr.111, near line 183)");
S_1349_0: /* 2 */
S_1350_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1354_0; /* ';' */
S_1353_1: /* 3 */
S_1351_0: /* 2 */
		/* else */;
S_1352_0: /* 2 */
		goto S_1356_0;	/* 'goto' */
S_1353_2: /* 3 */
		Uerror("blocking sel in d_step (nr.112, near line 183)");
S_1355_0: /* 2 */
		goto S_1356_0;	/* 'break' */
S_1356_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1357_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1358_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1361_0;
S_1360_1: /* 3 */
S_1359_0: /* 2 */
		/* else */;
		goto S_1361_0;
S_1360_2: /* 3 */
		Uerror("blocking sel in d_step (nr.113, near line 179)");
S_1361_0: /* 2 */
		goto S_1363_0;
S_1363_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1371_0: /* 2 */
S_1370_0: /* 2 */
S_1364_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_1370_1;
S_1365_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_1366_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_1367_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1371_0; /* ';' */
S_1370_1: /* 3 */
S_1368_0: /* 2 */
		/* else */;
S_1369_0: /* 2 */
		goto S_1373_0;	/* 'goto' */
S_1370_2: /* 3 */
		Uerror("blocking sel in d_step (nr.114, near line 446)");
S_1372_0: /* 2 */
		goto S_1373_0;	/* 'break' */
S_1373_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1374_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1375_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1378_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 64: // STATE 1040 - memflush.pml:446 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1040] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 65: // STATE 1041 - memflush.pml:446 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1041] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 66: // STATE 1042 - memflush.pml:446 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1042] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 67: // STATE 1044 - memflush.pml:446 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1044] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 68: // STATE 1046 - memflush.pml:446 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1046] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 69: // STATE 1047 - memflush.pml:446 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][1047] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 70: // STATE 1056 - memflush.pml:446 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][1056] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 71: // STATE 1065 - memflush.pml:446 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1065] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 72: // STATE 1068 - memflush.pml:446 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1068] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 73: // STATE 1069 - memflush.pml:446 - [expected = (expected-sn[((me*2)+a)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1069] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 74: // STATE 1071 - memflush.pml:446 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1071] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 75: // STATE 1072 - memflush.pml:446 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1072] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 76: // STATE 1075 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][1075] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1412_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1413_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_1416_0;
S_1416_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 77: // STATE 1078 - memflush.pml:446 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][1078] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 78: // STATE 1091 - memflush.pml:446 - [D_STEP446]
		IfNotBlocked

		reached[3][1091] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1418_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:a)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1419_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:a)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1420_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:a)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1421_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:a)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1422_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:a)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1428_0: /* 2 */
S_1423_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==1)))
			goto S_1428_1;
S_1424_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:a)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_1429_0;
S_1428_1: /* 3 */
S_1425_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])>=2)))
			goto S_1428_2;
S_1426_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_1429_0;
S_1428_2: /* 3 */
S_1427_0: /* 2 */
		/* else */;
		goto S_1429_0;
S_1428_3: /* 3 */
		Uerror("blocking sel in d_step (nr.115, near line 446)");
S_1429_0: /* 2 */
		goto S_1432_0;
S_1432_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 79: // STATE 1094 - memflush.pml:446 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][1094] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 80: // STATE 1102 - memflush.pml:450 - [(((a==0)&&needrq))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1102] = 1;
		if (!(((((int)((P3 *)_this)->a)==0)&&((int)((P3 *)_this)->needrq))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: needrq */  (trpt+1)->bup.oval = ((P3 *)_this)->needrq;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 81: // STATE 1190 - memflush.pml:450 - [D_STEP450]
		IfNotBlocked

		reached[3][1190] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1442_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1443_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1455_0: /* 2 */
S_1454_0: /* 2 */
S_1444_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_1454_1;
S_1449_0: /* 2 */
S_1445_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_1449_1;
S_1446_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_1447_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1450_0;
S_1449_1: /* 3 */
S_1448_0: /* 2 */
		/* else */;
		goto S_1450_0;
S_1449_2: /* 3 */
		Uerror("blocking sel in d_step (nr.116, near line 450)");
S_1450_0: /* 2 */
S_1451_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1455_0; /* ';' */
S_1454_1: /* 3 */
S_1452_0: /* 2 */
		/* else */;
S_1453_0: /* 2 */
		goto S_1460_0;	/* 'goto' */
S_1454_2: /* 3 */
		Uerror("blocking sel in d_step (nr.117, near line 450)");
S_1456_0: /* 2 */
		goto S_1460_0;	/* 'break' */
S_1460_0: /* 2 */
S_1457_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1460_1;
S_1458_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1461_0;
S_1460_1: /* 3 */
S_1459_0: /* 2 */
		/* else */;
		goto S_1461_0;
S_1460_2: /* 3 */
		Uerror("blocking sel in d_step (nr.118, near line 450)");
S_1461_0: /* 2 */
S_1489_0: /* 2 */
S_1486_0: /* 2 */
S_1485_0: /* 2 */
S_1462_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1485_1;
S_1463_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_1464_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1465_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1481_0: /* 2 */
S_1466_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_1481_1;
S_1467_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1482_0;
S_1481_1: /* 3 */
S_1468_0: /* 2 */
		/* else */;
S_1480_0: /* 2 */
S_1469_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1476_0: /* 2 */
S_1475_0: /* 2 */
S_1470_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_1475_1;
S_1471_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_1472_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1476_0; /* ';' */
S_1475_1: /* 3 */
S_1473_0: /* 2 */
		/* else */;
S_1474_0: /* 2 */
		goto S_1478_0;	/* 'goto' */
S_1475_2: /* 3 */
		Uerror("blocking sel in d_step (nr.119, near line 136)");
S_1477_0: /* 2 */
		goto S_1478_0;	/* 'break' */
S_1478_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_1479_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_1482_0;
		goto S_1482_0;
S_1481_2: /* 3 */
		Uerror("blocking sel in d_step (nr.120, near line 151)");
S_1482_0: /* 2 */
		goto S_1486_0; /* '.' */
		goto S_1486_0; /* ';' */
S_1485_1: /* 3 */
S_1483_0: /* 2 */
		/* else */;
S_1484_0: /* 2 */
		goto S_1488_0;	/* 'goto' */
S_1485_2: /* 3 */
		Uerror("blocking sel in d_step (nr.121, near line 148)");
S_1487_0: /* 2 */
		goto S_1488_0;	/* 'break' */
S_1488_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_1515_0;
S_1515_0: /* 2 */
S_1513_0: /* 2 */
S_1490_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1513_1;
S_1494_0: /* 2 */
S_1491_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1494_1;
S_1492_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1495_0;
S_1494_1: /* 3 */
S_1493_0: /* 2 */
		/* else */;
		goto S_1495_0;
S_1494_2: /* 3 */
		Uerror("blocking sel in d_step (nr.122, near line 181)");
S_1495_0: /* 2 */
S_1496_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1507_0: /* 2 */
S_1506_0: /* 2 */
S_1497_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1506_1;
S_1501_0: /* 2 */
S_1498_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1501_1;
S_1499_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1502_0;
S_1501_1: /* 3 */
S_1500_0: /* 2 */
		/* else */;
		goto S_1502_0;
S_1501_2: /* 3 */
		Uerror("blocking sel in d_step (nr.123, near line 183)");
S_1502_0: /* 2 */
S_1503_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1507_0; /* ';' */
S_1506_1: /* 3 */
S_1504_0: /* 2 */
		/* else */;
S_1505_0: /* 2 */
		goto S_1509_0;	/* 'goto' */
S_1506_2: /* 3 */
		Uerror("blocking sel in d_step (nr.124, near line 183)");
S_1508_0: /* 2 */
		goto S_1509_0;	/* 'break' */
S_1509_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1510_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1511_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1514_0;
S_1513_1: /* 3 */
S_1512_0: /* 2 */
		/* else */;
		goto S_1514_0;
S_1513_2: /* 3 */
		Uerror("blocking sel in d_step (nr.125, near line 179)");
S_1514_0: /* 2 */
		goto S_1516_0;
S_1516_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1524_0: /* 2 */
S_1523_0: /* 2 */
S_1517_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_1523_1;
S_1518_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_1519_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_1520_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1524_0; /* ';' */
S_1523_1: /* 3 */
S_1521_0: /* 2 */
		/* else */;
S_1522_0: /* 2 */
		goto S_1526_0;	/* 'goto' */
S_1523_2: /* 3 */
		Uerror("blocking sel in d_step (nr.126, near line 450)");
S_1525_0: /* 2 */
		goto S_1526_0;	/* 'break' */
S_1526_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1527_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1528_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1625_0;
S_1625_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 82: // STATE 1194 - memflush.pml:450 - [D_STEP450]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1194] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1530_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1531_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1532_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1625_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 83: // STATE 1284 - memflush.pml:450 - [D_STEP450]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1284] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1534_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1535_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1536_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1537_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1549_0: /* 2 */
S_1548_0: /* 2 */
S_1538_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_1548_1;
S_1543_0: /* 2 */
S_1539_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_1543_1;
S_1540_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_1541_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1544_0;
S_1543_1: /* 3 */
S_1542_0: /* 2 */
		/* else */;
		goto S_1544_0;
S_1543_2: /* 3 */
		Uerror("blocking sel in d_step (nr.127, near line 450)");
S_1544_0: /* 2 */
S_1545_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1549_0; /* ';' */
S_1548_1: /* 3 */
S_1546_0: /* 2 */
		/* else */;
S_1547_0: /* 2 */
		goto S_1554_0;	/* 'goto' */
S_1548_2: /* 3 */
		Uerror("blocking sel in d_step (nr.128, near line 450)");
S_1550_0: /* 2 */
		goto S_1554_0;	/* 'break' */
S_1554_0: /* 2 */
S_1551_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1554_1;
S_1552_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1555_0;
S_1554_1: /* 3 */
S_1553_0: /* 2 */
		/* else */;
		goto S_1555_0;
S_1554_2: /* 3 */
		Uerror("blocking sel in d_step (nr.129, near line 450)");
S_1555_0: /* 2 */
S_1583_0: /* 2 */
S_1580_0: /* 2 */
S_1579_0: /* 2 */
S_1556_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1579_1;
S_1557_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_1558_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1559_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1575_0: /* 2 */
S_1560_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_1575_1;
S_1561_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1576_0;
S_1575_1: /* 3 */
S_1562_0: /* 2 */
		/* else */;
S_1574_0: /* 2 */
S_1563_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1570_0: /* 2 */
S_1569_0: /* 2 */
S_1564_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_1569_1;
S_1565_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_1566_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1570_0; /* ';' */
S_1569_1: /* 3 */
S_1567_0: /* 2 */
		/* else */;
S_1568_0: /* 2 */
		goto S_1572_0;	/* 'goto' */
S_1569_2: /* 3 */
		Uerror("blocking sel in d_step (nr.130, near line 136)");
S_1571_0: /* 2 */
		goto S_1572_0;	/* 'break' */
S_1572_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_1573_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_1576_0;
		goto S_1576_0;
S_1575_2: /* 3 */
		Uerror("blocking sel in d_step (nr.131, near line 151)");
S_1576_0: /* 2 */
		goto S_1580_0; /* '.' */
		goto S_1580_0; /* ';' */
S_1579_1: /* 3 */
S_1577_0: /* 2 */
		/* else */;
S_1578_0: /* 2 */
		goto S_1582_0;	/* 'goto' */
S_1579_2: /* 3 */
		Uerror("blocking sel in d_step (nr.132, near line 148)");
S_1581_0: /* 2 */
		goto S_1582_0;	/* 'break' */
S_1582_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_1609_0;
S_1609_0: /* 2 */
S_1607_0: /* 2 */
S_1584_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1607_1;
S_1588_0: /* 2 */
S_1585_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1588_1;
S_1586_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1589_0;
S_1588_1: /* 3 */
S_1587_0: /* 2 */
		/* else */;
		goto S_1589_0;
S_1588_2: /* 3 */
		Uerror("blocking sel in d_step (nr.133, near line 181)");
S_1589_0: /* 2 */
S_1590_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1601_0: /* 2 */
S_1600_0: /* 2 */
S_1591_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1600_1;
S_1595_0: /* 2 */
S_1592_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1595_1;
S_1593_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1596_0;
S_1595_1: /* 3 */
S_1594_0: /* 2 */
		/* else */;
		goto S_1596_0;
S_1595_2: /* 3 */
		Uerror("blocking sel in d_step (nr.134, near line 183)");
S_1596_0: /* 2 */
S_1597_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1601_0; /* ';' */
S_1600_1: /* 3 */
S_1598_0: /* 2 */
		/* else */;
S_1599_0: /* 2 */
		goto S_1603_0;	/* 'goto' */
S_1600_2: /* 3 */
		Uerror("blocking sel in d_step (nr.135, near line 183)");
S_1602_0: /* 2 */
		goto S_1603_0;	/* 'break' */
S_1603_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1604_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1605_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1608_0;
S_1607_1: /* 3 */
S_1606_0: /* 2 */
		/* else */;
		goto S_1608_0;
S_1607_2: /* 3 */
		Uerror("blocking sel in d_step (nr.136, near line 179)");
S_1608_0: /* 2 */
		goto S_1610_0;
S_1610_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1618_0: /* 2 */
S_1617_0: /* 2 */
S_1611_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_1617_1;
S_1612_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_1613_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_1614_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1618_0; /* ';' */
S_1617_1: /* 3 */
S_1615_0: /* 2 */
		/* else */;
S_1616_0: /* 2 */
		goto S_1620_0;	/* 'goto' */
S_1617_2: /* 3 */
		Uerror("blocking sel in d_step (nr.137, near line 450)");
S_1619_0: /* 2 */
		goto S_1620_0;	/* 'break' */
S_1620_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1621_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1622_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1625_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 84: // STATE 1287 - memflush.pml:450 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1287] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 85: // STATE 1288 - memflush.pml:450 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1288] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 86: // STATE 1289 - memflush.pml:450 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1289] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 87: // STATE 1291 - memflush.pml:450 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1291] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 88: // STATE 1293 - memflush.pml:450 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1293] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 89: // STATE 1294 - memflush.pml:450 - [fail = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1294] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 90: // STATE 1303 - memflush.pml:450 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1303] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 91: // STATE 1311 - memflush.pml:454 - [((a==1))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1311] = 1;
		if (!((((int)((P3 *)_this)->a)==1)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 92: // STATE 1312 - memflush.pml:454 - [b = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1312] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->b);
		((P3 *)_this)->b = 1;
#ifdef VAR_RANGES
		logval("flusher:b", ((int)((P3 *)_this)->b));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 93: // STATE 1314 - memflush.pml:454 - [b = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1314] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->b);
		((P3 *)_this)->b = 0;
#ifdef VAR_RANGES
		logval("flusher:b", ((int)((P3 *)_this)->b));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 94: // STATE 1317 - memflush.pml:455 - [((a!=0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1317] = 1;
		if (!((((int)((P3 *)_this)->a)!=0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 95: // STATE 1318 - memflush.pml:455 - [a = (a-1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1318] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->a);
		((P3 *)_this)->a = (((int)((P3 *)_this)->a)-1);
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 96: // STATE 1320 - memflush.pml:455 - [a = 2] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1320] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->a);
		((P3 *)_this)->a = 2;
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 97: // STATE 1335 - memflush.pml:456 - [D_STEP456]
		IfNotBlocked

		reached[3][1335] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1662_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:b)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_1663_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:b)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_1664_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:b)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_1665_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:b)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_1666_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:b)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_1672_0: /* 2 */
S_1667_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==1)))
			goto S_1672_1;
S_1668_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:b)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_1673_0;
S_1672_1: /* 3 */
S_1669_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])>=2)))
			goto S_1672_2;
S_1670_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_1673_0;
S_1672_2: /* 3 */
S_1671_0: /* 2 */
		/* else */;
		goto S_1673_0;
S_1672_3: /* 3 */
		Uerror("blocking sel in d_step (nr.138, near line 456)");
S_1673_0: /* 2 */
		goto S_1681_0;
S_1681_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 98: // STATE 1342 - memflush.pml:458 - [D_STEP458]
		IfNotBlocked

		reached[3][1342] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1675_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1676_0: /* 2 */
		((P3 *)_this)->have = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("flusher:have", ((int)((P3 *)_this)->have));
#endif
		;
S_1677_0: /* 2 */
		((P3 *)_this)->pn = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("flusher:pn", ((int)((P3 *)_this)->pn));
#endif
		;
S_1678_0: /* 2 */
		((P3 *)_this)->lost = 0;
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
S_1679_0: /* 2 */
		((P3 *)_this)->k = 0;
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
S_1680_0: /* 2 */
		((P3 *)_this)->got = 0;
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
		goto S_1920_0;
S_1920_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 99: // STATE 1343 - memflush.pml:460 - [(((have!=expected)||(pn==0)))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1343] = 1;
		if (!(((((int)((P3 *)_this)->have)!=((int)((P3 *)_this)->expected))||(((int)((P3 *)_this)->pn)==0))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: pn */  (trpt+1)->bup.oval = ((P3 *)_this)->pn;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->pn = 0;
		_m = 3; goto P999; /* 0 */
	case 100: // STATE 1344 - memflush.pml:461 - [lost = (have!=expected)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1344] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->lost);
		((P3 *)_this)->lost = (((int)((P3 *)_this)->have)!=((int)((P3 *)_this)->expected));
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 101: // STATE 1345 - memflush.pml:462 - [have = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1345] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->have);
		((P3 *)_this)->have = 0;
#ifdef VAR_RANGES
		logval("flusher:have", ((int)((P3 *)_this)->have));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 102: // STATE 1346 - memflush.pml:462 - [pn = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1346] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->pn);
		((P3 *)_this)->pn = 0;
#ifdef VAR_RANGES
		logval("flusher:pn", ((int)((P3 *)_this)->pn));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 103: // STATE 1348 - memflush.pml:464 - [((pn<2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1348] = 1;
		if (!((((int)((P3 *)_this)->pn)<2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 104: // STATE 1349 - memflush.pml:464 - [m = pn] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1349] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->m);
		((P3 *)_this)->m = ((int)((P3 *)_this)->pn);
#ifdef VAR_RANGES
		logval("flusher:m", ((int)((P3 *)_this)->m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 105: // STATE 1351 - memflush.pml:464 - [m = 2] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1351] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->m);
		((P3 *)_this)->m = 2;
#ifdef VAR_RANGES
		logval("flusher:m", ((int)((P3 *)_this)->m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 106: // STATE 1427 - memflush.pml:468 - [D_STEP468]
		if (!(((boq == -1 && ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]))) || (boq == -1 /* else */)))
			continue;

		reached[3][1427] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1763_0: /* 2 */
S_1693_0: /* 2 */
		if (!(((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ])))
			goto S_1763_1;
S_1694_0: /* 2 */
		((P3 *)_this)->lost = 1;
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
		goto S_1764_0;
S_1763_1: /* 3 */
S_1695_0: /* 2 */
		/* else */;
S_1696_0: /* 2 */
		((P3 *)_this)->k = 0;
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
S_1697_0: /* 2 */
		((P3 *)_this)->got = 0;
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
S_1731_0: /* 2 */
S_1730_0: /* 2 */
S_1698_0: /* 2 */
		if (!(((((int)((P3 *)_this)->k)<((int)((P3 *)_this)->m))&&(((int)now.pend.n)>0))))
			goto S_1730_1;
S_1712_0: /* 2 */
S_1699_0: /* 2 */
		v = ((int)now.pend.e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1700_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1707_0: /* 2 */
S_1706_0: /* 2 */
S_1701_0: /* 2 */
		if (!((((int)q)<((int)now.pend.n))))
			goto S_1706_1;
S_1702_0: /* 2 */
		now.pend.e[ Index((q-1), 3) ] = ((int)now.pend.e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[(q-1)]", ((int)now.pend.e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_1703_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1707_0; /* ';' */
S_1706_1: /* 3 */
S_1704_0: /* 2 */
		/* else */;
S_1705_0: /* 2 */
		goto S_1709_0;	/* 'goto' */
S_1706_2: /* 3 */
		Uerror("blocking sel in d_step (nr.139, near line 141)");
S_1708_0: /* 2 */
		goto S_1709_0;	/* 'break' */
S_1709_0: /* 2 */
		now.pend.n = (((int)now.pend.n)-1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
S_1710_0: /* 2 */
		now.pend.e[ Index(now.pend.n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend.e[pend.n]", ((int)now.pend.e[ Index(((int)now.pend.n), 3) ]));
#endif
		;
S_1711_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1713_0;
S_1713_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1720_0: /* 2 */
S_1719_0: /* 2 */
S_1714_0: /* 2 */
		if (!((((int)t)<((3+1)*2))))
			goto S_1719_1;
S_1715_0: /* 2 */
		spin_assert( !((((((((int)t)/2)!=((int)((P3 *)_this)->me))&&(((int)now.lrank[ Index((((int)t)/2), 4) ])>((int)now.nexp)))&& !(((int)now.slost[ Index(((int)t), 8) ])))&&(((int)now.sc[ Index(((int)t), 8) ])&(1<<((int)v))))), " !((((((t/2)!=me)&&(lrank[(t/2)]>nexp))&& !(slost[t]))&&(sc[t]&(1<<v))))", II, tt, t);
S_1716_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1720_0; /* ';' */
S_1719_1: /* 3 */
S_1717_0: /* 2 */
		/* else */;
S_1718_0: /* 2 */
		goto S_1722_0;	/* 'goto' */
S_1719_2: /* 3 */
		Uerror("blocking sel in d_step (nr.140, near line 468)");
S_1721_0: /* 2 */
		goto S_1722_0;	/* 'break' */
S_1722_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1725_0: /* 2 */
S_1723_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = ((int)v);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1724_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)+1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
		goto S_1726_0;
S_1726_0: /* 2 */
		((P3 *)_this)->got = (((int)((P3 *)_this)->got)|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
S_1727_0: /* 2 */
		((P3 *)_this)->k = (((int)((P3 *)_this)->k)+1);
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
		goto S_1731_0; /* ';' */
S_1730_1: /* 3 */
S_1728_0: /* 2 */
		/* else */;
S_1729_0: /* 2 */
		goto S_1733_0;	/* 'goto' */
S_1730_2: /* 3 */
		Uerror("blocking sel in d_step (nr.141, near line 468)");
S_1732_0: /* 2 */
		goto S_1733_0;	/* 'break' */
S_1733_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1762_0: /* 2 */
S_1759_0: /* 2 */
S_1757_0: /* 2 */
S_1734_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1757_1;
S_1738_0: /* 2 */
S_1735_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1738_1;
S_1736_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1739_0;
S_1738_1: /* 3 */
S_1737_0: /* 2 */
		/* else */;
		goto S_1739_0;
S_1738_2: /* 3 */
		Uerror("blocking sel in d_step (nr.142, near line 181)");
S_1739_0: /* 2 */
S_1740_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1751_0: /* 2 */
S_1750_0: /* 2 */
S_1741_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1750_1;
S_1745_0: /* 2 */
S_1742_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1745_1;
S_1743_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1746_0;
S_1745_1: /* 3 */
S_1744_0: /* 2 */
		/* else */;
		goto S_1746_0;
S_1745_2: /* 3 */
		Uerror("blocking sel in d_step (nr.143, near line 183)");
S_1746_0: /* 2 */
S_1747_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1751_0; /* ';' */
S_1750_1: /* 3 */
S_1748_0: /* 2 */
		/* else */;
S_1749_0: /* 2 */
		goto S_1753_0;	/* 'goto' */
S_1750_2: /* 3 */
		Uerror("blocking sel in d_step (nr.144, near line 183)");
S_1752_0: /* 2 */
		goto S_1753_0;	/* 'break' */
S_1753_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1754_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1755_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1758_0;
S_1757_1: /* 3 */
S_1756_0: /* 2 */
		/* else */;
		goto S_1758_0;
S_1757_2: /* 3 */
		Uerror("blocking sel in d_step (nr.145, near line 179)");
S_1758_0: /* 2 */
		goto S_1760_0;
S_1760_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1761_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1764_0;
		goto S_1764_0;
S_1763_2: /* 3 */
		Uerror("blocking sel in d_step (nr.146, near line 468)");
S_1764_0: /* 2 */
S_1765_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1848_0;
S_1848_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 107: // STATE 1431 - memflush.pml:468 - [D_STEP468]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1431] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1767_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1768_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1769_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1848_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 108: // STATE 1507 - memflush.pml:468 - [D_STEP468]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1507] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1771_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1772_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1843_0: /* 2 */
S_1773_0: /* 2 */
		if (!(((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ])))
			goto S_1843_1;
S_1774_0: /* 2 */
		((P3 *)_this)->lost = 1;
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
		goto S_1844_0;
S_1843_1: /* 3 */
S_1775_0: /* 2 */
		/* else */;
S_1776_0: /* 2 */
		((P3 *)_this)->k = 0;
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
S_1777_0: /* 2 */
		((P3 *)_this)->got = 0;
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
S_1811_0: /* 2 */
S_1810_0: /* 2 */
S_1778_0: /* 2 */
		if (!(((((int)((P3 *)_this)->k)<((int)((P3 *)_this)->m))&&(((int)now.pend.n)>0))))
			goto S_1810_1;
S_1792_0: /* 2 */
S_1779_0: /* 2 */
		v = ((int)now.pend.e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1780_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1787_0: /* 2 */
S_1786_0: /* 2 */
S_1781_0: /* 2 */
		if (!((((int)q)<((int)now.pend.n))))
			goto S_1786_1;
S_1782_0: /* 2 */
		now.pend.e[ Index((q-1), 3) ] = ((int)now.pend.e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[(q-1)]", ((int)now.pend.e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_1783_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1787_0; /* ';' */
S_1786_1: /* 3 */
S_1784_0: /* 2 */
		/* else */;
S_1785_0: /* 2 */
		goto S_1789_0;	/* 'goto' */
S_1786_2: /* 3 */
		Uerror("blocking sel in d_step (nr.147, near line 141)");
S_1788_0: /* 2 */
		goto S_1789_0;	/* 'break' */
S_1789_0: /* 2 */
		now.pend.n = (((int)now.pend.n)-1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
S_1790_0: /* 2 */
		now.pend.e[ Index(now.pend.n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("pend.e[pend.n]", ((int)now.pend.e[ Index(((int)now.pend.n), 3) ]));
#endif
		;
S_1791_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1793_0;
S_1793_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1800_0: /* 2 */
S_1799_0: /* 2 */
S_1794_0: /* 2 */
		if (!((((int)t)<((3+1)*2))))
			goto S_1799_1;
S_1795_0: /* 2 */
		spin_assert( !((((((((int)t)/2)!=((int)((P3 *)_this)->me))&&(((int)now.lrank[ Index((((int)t)/2), 4) ])>((int)now.nexp)))&& !(((int)now.slost[ Index(((int)t), 8) ])))&&(((int)now.sc[ Index(((int)t), 8) ])&(1<<((int)v))))), " !((((((t/2)!=me)&&(lrank[(t/2)]>nexp))&& !(slost[t]))&&(sc[t]&(1<<v))))", II, tt, t);
S_1796_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1800_0; /* ';' */
S_1799_1: /* 3 */
S_1797_0: /* 2 */
		/* else */;
S_1798_0: /* 2 */
		goto S_1802_0;	/* 'goto' */
S_1799_2: /* 3 */
		Uerror("blocking sel in d_step (nr.148, near line 468)");
S_1801_0: /* 2 */
		goto S_1802_0;	/* 'break' */
S_1802_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1805_0: /* 2 */
S_1803_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = ((int)v);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_1804_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)+1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
		goto S_1806_0;
S_1806_0: /* 2 */
		((P3 *)_this)->got = (((int)((P3 *)_this)->got)|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
S_1807_0: /* 2 */
		((P3 *)_this)->k = (((int)((P3 *)_this)->k)+1);
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
		goto S_1811_0; /* ';' */
S_1810_1: /* 3 */
S_1808_0: /* 2 */
		/* else */;
S_1809_0: /* 2 */
		goto S_1813_0;	/* 'goto' */
S_1810_2: /* 3 */
		Uerror("blocking sel in d_step (nr.149, near line 468)");
S_1812_0: /* 2 */
		goto S_1813_0;	/* 'break' */
S_1813_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1842_0: /* 2 */
S_1839_0: /* 2 */
S_1837_0: /* 2 */
S_1814_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1837_1;
S_1818_0: /* 2 */
S_1815_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1818_1;
S_1816_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1819_0;
S_1818_1: /* 3 */
S_1817_0: /* 2 */
		/* else */;
		goto S_1819_0;
S_1818_2: /* 3 */
		Uerror("blocking sel in d_step (nr.150, near line 181)");
S_1819_0: /* 2 */
S_1820_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1831_0: /* 2 */
S_1830_0: /* 2 */
S_1821_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1830_1;
S_1825_0: /* 2 */
S_1822_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1825_1;
S_1823_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1826_0;
S_1825_1: /* 3 */
S_1824_0: /* 2 */
		/* else */;
		goto S_1826_0;
S_1825_2: /* 3 */
		Uerror("blocking sel in d_step (nr.151, near line 183)");
S_1826_0: /* 2 */
S_1827_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1831_0; /* ';' */
S_1830_1: /* 3 */
S_1828_0: /* 2 */
		/* else */;
S_1829_0: /* 2 */
		goto S_1833_0;	/* 'goto' */
S_1830_2: /* 3 */
		Uerror("blocking sel in d_step (nr.152, near line 183)");
S_1832_0: /* 2 */
		goto S_1833_0;	/* 'break' */
S_1833_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1834_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1835_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1838_0;
S_1837_1: /* 3 */
S_1836_0: /* 2 */
		/* else */;
		goto S_1838_0;
S_1837_2: /* 3 */
		Uerror("blocking sel in d_step (nr.153, near line 179)");
S_1838_0: /* 2 */
		goto S_1840_0;
S_1840_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1841_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1844_0;
		goto S_1844_0;
S_1843_2: /* 3 */
		Uerror("blocking sel in d_step (nr.154, near line 468)");
S_1844_0: /* 2 */
S_1845_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1848_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 109: // STATE 1510 - memflush.pml:484 - [have = 0] (0:0:1 - 4)
		IfNotBlocked
		reached[3][1510] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->have);
		((P3 *)_this)->have = 0;
#ifdef VAR_RANGES
		logval("flusher:have", ((int)((P3 *)_this)->have));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 110: // STATE 1511 - memflush.pml:484 - [pn = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1511] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->pn);
		((P3 *)_this)->pn = 0;
#ifdef VAR_RANGES
		logval("flusher:pn", ((int)((P3 *)_this)->pn));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 111: // STATE 1512 - memflush.pml:484 - [m = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1512] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->m);
		((P3 *)_this)->m = 0;
#ifdef VAR_RANGES
		logval("flusher:m", ((int)((P3 *)_this)->m));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 112: // STATE 1513 - memflush.pml:486 - [(((((rerr==0)&&!(lost))&&(k==0))&&(expected==0)))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1513] = 1;
		if (!(((((((int)((P3 *)_this)->rerr)==0)&& !(((int)((P3 *)_this)->lost)))&&(((int)((P3 *)_this)->k)==0))&&(((int)((P3 *)_this)->expected)==0))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 113: // STATE 1541 - memflush.pml:488 - [D_STEP488]
		if (!(((boq == -1 && (((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][1541] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;


		reached[3][1541] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		sv_save();
		S_1878_0: /* 2 */
S_1876_0: /* 2 */
S_1853_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1876_1;
S_1857_0: /* 2 */
S_1854_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1857_1;
S_1855_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1858_0;
S_1857_1: /* 3 */
S_1856_0: /* 2 */
		/* else */;
		goto S_1858_0;
S_1857_2: /* 3 */
		Uerror("blocking sel in d_step (nr.155, near line 181)");
S_1858_0: /* 2 */
S_1859_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1870_0: /* 2 */
S_1869_0: /* 2 */
S_1860_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1869_1;
S_1864_0: /* 2 */
S_1861_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1864_1;
S_1862_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1865_0;
S_1864_1: /* 3 */
S_1863_0: /* 2 */
		/* else */;
		goto S_1865_0;
S_1864_2: /* 3 */
		Uerror("blocking sel in d_step (nr.156, near line 183)");
S_1865_0: /* 2 */
S_1866_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1870_0; /* ';' */
S_1869_1: /* 3 */
S_1867_0: /* 2 */
		/* else */;
S_1868_0: /* 2 */
		goto S_1872_0;	/* 'goto' */
S_1869_2: /* 3 */
		Uerror("blocking sel in d_step (nr.157, near line 183)");
S_1871_0: /* 2 */
		goto S_1872_0;	/* 'break' */
S_1872_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1873_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1874_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1877_0;
S_1876_1: /* 3 */
S_1875_0: /* 2 */
		/* else */;
		goto S_1877_0;
S_1876_2: /* 3 */
		Uerror("blocking sel in d_step (nr.158, near line 179)");
S_1877_0: /* 2 */
		goto S_1879_0;
S_1879_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1916_0;
S_1916_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 114: // STATE 1545 - memflush.pml:488 - [D_STEP488]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1545] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1881_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1882_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1883_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1916_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 115: // STATE 1575 - memflush.pml:488 - [D_STEP488]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1575] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1885_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_1886_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_1912_0: /* 2 */
S_1910_0: /* 2 */
S_1887_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_1910_1;
S_1891_0: /* 2 */
S_1888_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_1891_1;
S_1889_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_1892_0;
S_1891_1: /* 3 */
S_1890_0: /* 2 */
		/* else */;
		goto S_1892_0;
S_1891_2: /* 3 */
		Uerror("blocking sel in d_step (nr.159, near line 181)");
S_1892_0: /* 2 */
S_1893_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1904_0: /* 2 */
S_1903_0: /* 2 */
S_1894_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_1903_1;
S_1898_0: /* 2 */
S_1895_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_1898_1;
S_1896_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_1899_0;
S_1898_1: /* 3 */
S_1897_0: /* 2 */
		/* else */;
		goto S_1899_0;
S_1898_2: /* 3 */
		Uerror("blocking sel in d_step (nr.160, near line 183)");
S_1899_0: /* 2 */
S_1900_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1904_0; /* ';' */
S_1903_1: /* 3 */
S_1901_0: /* 2 */
		/* else */;
S_1902_0: /* 2 */
		goto S_1906_0;	/* 'goto' */
S_1903_2: /* 3 */
		Uerror("blocking sel in d_step (nr.161, near line 183)");
S_1905_0: /* 2 */
		goto S_1906_0;	/* 'break' */
S_1906_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_1907_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_1908_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1911_0;
S_1910_1: /* 3 */
S_1909_0: /* 2 */
		/* else */;
		goto S_1911_0;
S_1910_2: /* 3 */
		Uerror("blocking sel in d_step (nr.162, near line 179)");
S_1911_0: /* 2 */
		goto S_1913_0;
S_1913_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1916_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 116: // STATE 1583 - memflush.pml:493 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1583] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 117: // STATE 1584 - memflush.pml:495 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1584] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 118: // STATE 1585 - memflush.pml:495 - [lost = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1585] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->lost);
		((P3 *)_this)->lost = 0;
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 119: // STATE 1586 - memflush.pml:495 - [k = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1586] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->k);
		((P3 *)_this)->k = 0;
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 120: // STATE 1587 - memflush.pml:495 - [got = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1587] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->got);
		((P3 *)_this)->got = 0;
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 121: // STATE 1588 - memflush.pml:495 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1588] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 122: // STATE 1589 - memflush.pml:496 - [((a!=2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1589] = 1;
		if (!((((int)((P3 *)_this)->a)!=2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 123: // STATE 1590 - memflush.pml:496 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1590] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 124: // STATE 1594 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			continue;

		reached[3][1594] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1930_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			Uerror("block in d_step seq");
S_1931_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1932_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1944_0;
S_1944_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 125: // STATE 1599 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && (((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[3][1599] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1934_0: /* 2 */
		if (!((((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_1935_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_1936_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1937_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1944_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 126: // STATE 1603 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			continue;

		reached[3][1603] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1939_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			Uerror("block in d_step seq");
S_1940_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_1941_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_1944_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 127: // STATE 1606 - memflush.pml:496 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1606] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 128: // STATE 1607 - memflush.pml:496 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1607] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 129: // STATE 1620 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][1620] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1947_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1948_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1949_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1950_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1951_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_1957_0: /* 2 */
S_1952_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_1957_1;
S_1953_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_1958_0;
S_1957_1: /* 3 */
S_1954_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_1957_2;
S_1955_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_1958_0;
S_1957_2: /* 3 */
S_1956_0: /* 2 */
		/* else */;
		goto S_1958_0;
S_1957_3: /* 3 */
		Uerror("blocking sel in d_step (nr.163, near line 496)");
S_1958_0: /* 2 */
		goto S_1972_0;
S_1972_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 130: // STATE 1633 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][1633] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1960_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1961_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1962_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1963_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1964_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_1970_0: /* 2 */
S_1965_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_1970_1;
S_1966_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_1971_0;
S_1970_1: /* 3 */
S_1967_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_1970_2;
S_1968_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_1971_0;
S_1970_2: /* 3 */
S_1969_0: /* 2 */
		/* else */;
		goto S_1971_0;
S_1970_3: /* 3 */
		Uerror("blocking sel in d_step (nr.164, near line 496)");
S_1971_0: /* 2 */
		goto S_1973_0;
S_1973_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 131: // STATE 1634 - memflush.pml:496 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1634] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 132: // STATE 1635 - memflush.pml:496 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1635] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 133: // STATE 1723 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][1723] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1975_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_1976_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_1988_0: /* 2 */
S_1987_0: /* 2 */
S_1977_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_1987_1;
S_1982_0: /* 2 */
S_1978_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_1982_1;
S_1979_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_1980_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_1983_0;
S_1982_1: /* 3 */
S_1981_0: /* 2 */
		/* else */;
		goto S_1983_0;
S_1982_2: /* 3 */
		Uerror("blocking sel in d_step (nr.165, near line 496)");
S_1983_0: /* 2 */
S_1984_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_1988_0; /* ';' */
S_1987_1: /* 3 */
S_1985_0: /* 2 */
		/* else */;
S_1986_0: /* 2 */
		goto S_1993_0;	/* 'goto' */
S_1987_2: /* 3 */
		Uerror("blocking sel in d_step (nr.166, near line 496)");
S_1989_0: /* 2 */
		goto S_1993_0;	/* 'break' */
S_1993_0: /* 2 */
S_1990_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_1993_1;
S_1991_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_1994_0;
S_1993_1: /* 3 */
S_1992_0: /* 2 */
		/* else */;
		goto S_1994_0;
S_1993_2: /* 3 */
		Uerror("blocking sel in d_step (nr.167, near line 496)");
S_1994_0: /* 2 */
S_2022_0: /* 2 */
S_2019_0: /* 2 */
S_2018_0: /* 2 */
S_1995_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2018_1;
S_1996_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_1997_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_1998_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2014_0: /* 2 */
S_1999_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_2014_1;
S_2000_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2015_0;
S_2014_1: /* 3 */
S_2001_0: /* 2 */
		/* else */;
S_2013_0: /* 2 */
S_2002_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2009_0: /* 2 */
S_2008_0: /* 2 */
S_2003_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_2008_1;
S_2004_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_2005_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2009_0; /* ';' */
S_2008_1: /* 3 */
S_2006_0: /* 2 */
		/* else */;
S_2007_0: /* 2 */
		goto S_2011_0;	/* 'goto' */
S_2008_2: /* 3 */
		Uerror("blocking sel in d_step (nr.168, near line 136)");
S_2010_0: /* 2 */
		goto S_2011_0;	/* 'break' */
S_2011_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_2012_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_2015_0;
		goto S_2015_0;
S_2014_2: /* 3 */
		Uerror("blocking sel in d_step (nr.169, near line 151)");
S_2015_0: /* 2 */
		goto S_2019_0; /* '.' */
		goto S_2019_0; /* ';' */
S_2018_1: /* 3 */
S_2016_0: /* 2 */
		/* else */;
S_2017_0: /* 2 */
		goto S_2021_0;	/* 'goto' */
S_2018_2: /* 3 */
		Uerror("blocking sel in d_step (nr.170, near line 148)");
S_2020_0: /* 2 */
		goto S_2021_0;	/* 'break' */
S_2021_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_2048_0;
S_2048_0: /* 2 */
S_2046_0: /* 2 */
S_2023_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2046_1;
S_2027_0: /* 2 */
S_2024_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2027_1;
S_2025_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2028_0;
S_2027_1: /* 3 */
S_2026_0: /* 2 */
		/* else */;
		goto S_2028_0;
S_2027_2: /* 3 */
		Uerror("blocking sel in d_step (nr.171, near line 181)");
S_2028_0: /* 2 */
S_2029_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2040_0: /* 2 */
S_2039_0: /* 2 */
S_2030_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2039_1;
S_2034_0: /* 2 */
S_2031_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2034_1;
S_2032_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2035_0;
S_2034_1: /* 3 */
S_2033_0: /* 2 */
		/* else */;
		goto S_2035_0;
S_2034_2: /* 3 */
		Uerror("blocking sel in d_step (nr.172, near line 183)");
S_2035_0: /* 2 */
S_2036_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2040_0; /* ';' */
S_2039_1: /* 3 */
S_2037_0: /* 2 */
		/* else */;
S_2038_0: /* 2 */
		goto S_2042_0;	/* 'goto' */
S_2039_2: /* 3 */
		Uerror("blocking sel in d_step (nr.173, near line 183)");
S_2041_0: /* 2 */
		goto S_2042_0;	/* 'break' */
S_2042_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2043_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2044_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2047_0;
S_2046_1: /* 3 */
S_2045_0: /* 2 */
		/* else */;
		goto S_2047_0;
S_2046_2: /* 3 */
		Uerror("blocking sel in d_step (nr.174, near line 179)");
S_2047_0: /* 2 */
		goto S_2049_0;
S_2049_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2057_0: /* 2 */
S_2056_0: /* 2 */
S_2050_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_2056_1;
S_2051_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_2052_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_2053_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2057_0; /* ';' */
S_2056_1: /* 3 */
S_2054_0: /* 2 */
		/* else */;
S_2055_0: /* 2 */
		goto S_2059_0;	/* 'goto' */
S_2056_2: /* 3 */
		Uerror("blocking sel in d_step (nr.175, near line 496)");
S_2058_0: /* 2 */
		goto S_2059_0;	/* 'break' */
S_2059_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2060_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2061_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2158_0;
S_2158_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 134: // STATE 1727 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1727] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2063_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2064_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2065_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2158_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 135: // STATE 1817 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1817] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2067_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2068_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2069_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2070_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2082_0: /* 2 */
S_2081_0: /* 2 */
S_2071_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2081_1;
S_2076_0: /* 2 */
S_2072_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_2076_1;
S_2073_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_2074_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2077_0;
S_2076_1: /* 3 */
S_2075_0: /* 2 */
		/* else */;
		goto S_2077_0;
S_2076_2: /* 3 */
		Uerror("blocking sel in d_step (nr.176, near line 496)");
S_2077_0: /* 2 */
S_2078_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2082_0; /* ';' */
S_2081_1: /* 3 */
S_2079_0: /* 2 */
		/* else */;
S_2080_0: /* 2 */
		goto S_2087_0;	/* 'goto' */
S_2081_2: /* 3 */
		Uerror("blocking sel in d_step (nr.177, near line 496)");
S_2083_0: /* 2 */
		goto S_2087_0;	/* 'break' */
S_2087_0: /* 2 */
S_2084_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2087_1;
S_2085_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_2088_0;
S_2087_1: /* 3 */
S_2086_0: /* 2 */
		/* else */;
		goto S_2088_0;
S_2087_2: /* 3 */
		Uerror("blocking sel in d_step (nr.178, near line 496)");
S_2088_0: /* 2 */
S_2116_0: /* 2 */
S_2113_0: /* 2 */
S_2112_0: /* 2 */
S_2089_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2112_1;
S_2090_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2091_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2092_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2108_0: /* 2 */
S_2093_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_2108_1;
S_2094_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2109_0;
S_2108_1: /* 3 */
S_2095_0: /* 2 */
		/* else */;
S_2107_0: /* 2 */
S_2096_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2103_0: /* 2 */
S_2102_0: /* 2 */
S_2097_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_2102_1;
S_2098_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_2099_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2103_0; /* ';' */
S_2102_1: /* 3 */
S_2100_0: /* 2 */
		/* else */;
S_2101_0: /* 2 */
		goto S_2105_0;	/* 'goto' */
S_2102_2: /* 3 */
		Uerror("blocking sel in d_step (nr.179, near line 136)");
S_2104_0: /* 2 */
		goto S_2105_0;	/* 'break' */
S_2105_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_2106_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_2109_0;
		goto S_2109_0;
S_2108_2: /* 3 */
		Uerror("blocking sel in d_step (nr.180, near line 151)");
S_2109_0: /* 2 */
		goto S_2113_0; /* '.' */
		goto S_2113_0; /* ';' */
S_2112_1: /* 3 */
S_2110_0: /* 2 */
		/* else */;
S_2111_0: /* 2 */
		goto S_2115_0;	/* 'goto' */
S_2112_2: /* 3 */
		Uerror("blocking sel in d_step (nr.181, near line 148)");
S_2114_0: /* 2 */
		goto S_2115_0;	/* 'break' */
S_2115_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_2142_0;
S_2142_0: /* 2 */
S_2140_0: /* 2 */
S_2117_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2140_1;
S_2121_0: /* 2 */
S_2118_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2121_1;
S_2119_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2122_0;
S_2121_1: /* 3 */
S_2120_0: /* 2 */
		/* else */;
		goto S_2122_0;
S_2121_2: /* 3 */
		Uerror("blocking sel in d_step (nr.182, near line 181)");
S_2122_0: /* 2 */
S_2123_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2134_0: /* 2 */
S_2133_0: /* 2 */
S_2124_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2133_1;
S_2128_0: /* 2 */
S_2125_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2128_1;
S_2126_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2129_0;
S_2128_1: /* 3 */
S_2127_0: /* 2 */
		/* else */;
		goto S_2129_0;
S_2128_2: /* 3 */
		Uerror("blocking sel in d_step (nr.183, near line 183)");
S_2129_0: /* 2 */
S_2130_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2134_0; /* ';' */
S_2133_1: /* 3 */
S_2131_0: /* 2 */
		/* else */;
S_2132_0: /* 2 */
		goto S_2136_0;	/* 'goto' */
S_2133_2: /* 3 */
		Uerror("blocking sel in d_step (nr.184, near line 183)");
S_2135_0: /* 2 */
		goto S_2136_0;	/* 'break' */
S_2136_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2137_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2138_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2141_0;
S_2140_1: /* 3 */
S_2139_0: /* 2 */
		/* else */;
		goto S_2141_0;
S_2140_2: /* 3 */
		Uerror("blocking sel in d_step (nr.185, near line 179)");
S_2141_0: /* 2 */
		goto S_2143_0;
S_2143_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2151_0: /* 2 */
S_2150_0: /* 2 */
S_2144_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_2150_1;
S_2145_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_2146_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_2147_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2151_0; /* ';' */
S_2150_1: /* 3 */
S_2148_0: /* 2 */
		/* else */;
S_2149_0: /* 2 */
		goto S_2153_0;	/* 'goto' */
S_2150_2: /* 3 */
		Uerror("blocking sel in d_step (nr.186, near line 496)");
S_2152_0: /* 2 */
		goto S_2153_0;	/* 'break' */
S_2153_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2154_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2155_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2158_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 136: // STATE 1820 - memflush.pml:496 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1820] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 137: // STATE 1821 - memflush.pml:496 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1821] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 138: // STATE 1822 - memflush.pml:496 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1822] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 139: // STATE 1824 - memflush.pml:496 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1824] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 140: // STATE 1826 - memflush.pml:496 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][1826] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 141: // STATE 1827 - memflush.pml:496 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][1827] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 142: // STATE 1836 - memflush.pml:496 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][1836] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 143: // STATE 1840 - memflush.pml:496 - [(!(fail))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1840] = 1;
		if (!( !(((int)((P3 *)_this)->fail))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 144: // STATE 1875 - memflush.pml:496 - [D_STEP496]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][1875] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2212_0: /* 2 */
S_2181_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2212_1;
S_2210_0: /* 2 */
S_2207_0: /* 2 */
S_2205_0: /* 2 */
S_2182_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2205_1;
S_2186_0: /* 2 */
S_2183_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2186_1;
S_2184_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2187_0;
S_2186_1: /* 3 */
S_2185_0: /* 2 */
		/* else */;
		goto S_2187_0;
S_2186_2: /* 3 */
		Uerror("blocking sel in d_step (nr.187, near line 181)");
S_2187_0: /* 2 */
S_2188_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2199_0: /* 2 */
S_2198_0: /* 2 */
S_2189_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2198_1;
S_2193_0: /* 2 */
S_2190_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2193_1;
S_2191_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2194_0;
S_2193_1: /* 3 */
S_2192_0: /* 2 */
		/* else */;
		goto S_2194_0;
S_2193_2: /* 3 */
		Uerror("blocking sel in d_step (nr.188, near line 183)");
S_2194_0: /* 2 */
S_2195_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2199_0; /* ';' */
S_2198_1: /* 3 */
S_2196_0: /* 2 */
		/* else */;
S_2197_0: /* 2 */
		goto S_2201_0;	/* 'goto' */
S_2198_2: /* 3 */
		Uerror("blocking sel in d_step (nr.189, near line 183)");
S_2200_0: /* 2 */
		goto S_2201_0;	/* 'break' */
S_2201_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2202_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2203_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2206_0;
S_2205_1: /* 3 */
S_2204_0: /* 2 */
		/* else */;
		goto S_2206_0;
S_2205_2: /* 3 */
		Uerror("blocking sel in d_step (nr.190, near line 179)");
S_2206_0: /* 2 */
		goto S_2208_0;
S_2208_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2209_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_2213_0;
S_2212_1: /* 3 */
S_2211_0: /* 2 */
		/* else */;
		goto S_2213_0;
S_2212_2: /* 3 */
		Uerror("blocking sel in d_step (nr.191, near line 496)");
S_2213_0: /* 2 */
		goto S_2216_0;
S_2216_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 145: // STATE 1878 - memflush.pml:496 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][1878] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 146: // STATE 1879 - memflush.pml:496 - [(slost[((me*2)+a)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][1879] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 147: // STATE 1994 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][1994] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2221_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_2329_0: /* 2 */
S_2222_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_2329_1;
S_2251_0: /* 2 */
S_2223_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_2251_1;
S_2249_0: /* 2 */
S_2247_0: /* 2 */
S_2224_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2247_1;
S_2228_0: /* 2 */
S_2225_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2228_1;
S_2226_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2229_0;
S_2228_1: /* 3 */
S_2227_0: /* 2 */
		/* else */;
		goto S_2229_0;
S_2228_2: /* 3 */
		Uerror("blocking sel in d_step (nr.192, near line 181)");
S_2229_0: /* 2 */
S_2230_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2241_0: /* 2 */
S_2240_0: /* 2 */
S_2231_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2240_1;
S_2235_0: /* 2 */
S_2232_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2235_1;
S_2233_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2236_0;
S_2235_1: /* 3 */
S_2234_0: /* 2 */
		/* else */;
		goto S_2236_0;
S_2235_2: /* 3 */
		Uerror("blocking sel in d_step (nr.193, near line 183)");
S_2236_0: /* 2 */
S_2237_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2241_0; /* ';' */
S_2240_1: /* 3 */
S_2238_0: /* 2 */
		/* else */;
S_2239_0: /* 2 */
		goto S_2243_0;	/* 'goto' */
S_2240_2: /* 3 */
		Uerror("blocking sel in d_step (nr.194, near line 183)");
S_2242_0: /* 2 */
		goto S_2243_0;	/* 'break' */
S_2243_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2244_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2245_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2248_0;
S_2247_1: /* 3 */
S_2246_0: /* 2 */
		/* else */;
		goto S_2248_0;
S_2247_2: /* 3 */
		Uerror("blocking sel in d_step (nr.195, near line 179)");
S_2248_0: /* 2 */
		goto S_2252_0;
S_2251_1: /* 3 */
S_2250_0: /* 2 */
		/* else */;
		goto S_2252_0;
S_2251_2: /* 3 */
		Uerror("blocking sel in d_step (nr.196, near line 496)");
S_2252_0: /* 2 */
S_2253_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_2330_0;
S_2329_1: /* 3 */
S_2254_0: /* 2 */
		/* else */;
S_2255_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2268_0: /* 2 */
S_2267_0: /* 2 */
S_2256_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_2267_1;
S_2262_0: /* 2 */
S_2257_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_2262_1;
S_2258_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_2259_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_2260_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2263_0;
S_2262_1: /* 3 */
S_2261_0: /* 2 */
		/* else */;
		goto S_2263_0;
S_2262_2: /* 3 */
		Uerror("blocking sel in d_step (nr.197, near line 496)");
S_2263_0: /* 2 */
S_2264_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2268_0; /* ';' */
S_2267_1: /* 3 */
S_2265_0: /* 2 */
		/* else */;
S_2266_0: /* 2 */
		goto S_2270_0;	/* 'goto' */
S_2267_2: /* 3 */
		Uerror("blocking sel in d_step (nr.198, near line 496)");
S_2269_0: /* 2 */
		goto S_2270_0;	/* 'break' */
S_2270_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2291_0: /* 2 */
S_2290_0: /* 2 */
S_2271_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_2290_1;
S_2285_0: /* 2 */
S_2272_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2273_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2280_0: /* 2 */
S_2279_0: /* 2 */
S_2274_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2279_1;
S_2275_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_2276_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2280_0; /* ';' */
S_2279_1: /* 3 */
S_2277_0: /* 2 */
		/* else */;
S_2278_0: /* 2 */
		goto S_2282_0;	/* 'goto' */
S_2279_2: /* 3 */
		Uerror("blocking sel in d_step (nr.199, near line 141)");
S_2281_0: /* 2 */
		goto S_2282_0;	/* 'break' */
S_2282_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2283_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2284_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2286_0;
S_2286_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_2287_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2291_0; /* ';' */
S_2290_1: /* 3 */
S_2288_0: /* 2 */
		/* else */;
S_2289_0: /* 2 */
		goto S_2293_0;	/* 'goto' */
S_2290_2: /* 3 */
		Uerror("blocking sel in d_step (nr.200, near line 496)");
S_2292_0: /* 2 */
		goto S_2293_0;	/* 'break' */
S_2293_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_2294_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_2295_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2296_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2325_0: /* 2 */
S_2297_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_2325_1;
S_2323_0: /* 2 */
S_2321_0: /* 2 */
S_2298_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2321_1;
S_2302_0: /* 2 */
S_2299_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2302_1;
S_2300_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2303_0;
S_2302_1: /* 3 */
S_2301_0: /* 2 */
		/* else */;
		goto S_2303_0;
S_2302_2: /* 3 */
		Uerror("blocking sel in d_step (nr.201, near line 181)");
S_2303_0: /* 2 */
S_2304_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2315_0: /* 2 */
S_2314_0: /* 2 */
S_2305_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2314_1;
S_2309_0: /* 2 */
S_2306_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2309_1;
S_2307_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2310_0;
S_2309_1: /* 3 */
S_2308_0: /* 2 */
		/* else */;
		goto S_2310_0;
S_2309_2: /* 3 */
		Uerror("blocking sel in d_step (nr.202, near line 183)");
S_2310_0: /* 2 */
S_2311_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2315_0; /* ';' */
S_2314_1: /* 3 */
S_2312_0: /* 2 */
		/* else */;
S_2313_0: /* 2 */
		goto S_2317_0;	/* 'goto' */
S_2314_2: /* 3 */
		Uerror("blocking sel in d_step (nr.203, near line 183)");
S_2316_0: /* 2 */
		goto S_2317_0;	/* 'break' */
S_2317_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2318_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2319_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2322_0;
S_2321_1: /* 3 */
S_2320_0: /* 2 */
		/* else */;
		goto S_2322_0;
S_2321_2: /* 3 */
		Uerror("blocking sel in d_step (nr.204, near line 179)");
S_2322_0: /* 2 */
		goto S_2326_0;
S_2325_1: /* 3 */
S_2324_0: /* 2 */
		/* else */;
		goto S_2326_0;
S_2325_2: /* 3 */
		Uerror("blocking sel in d_step (nr.205, near line 496)");
S_2326_0: /* 2 */
S_2327_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2328_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_2330_0;
S_2329_2: /* 3 */
		Uerror("blocking sel in d_step (nr.206, near line 496)");
S_2330_0: /* 2 */
S_2331_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_2332_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2454_0;
S_2454_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 148: // STATE 1998 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][1998] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2334_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2335_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2336_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2454_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 149: // STATE 2113 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2113] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2338_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2339_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2340_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_2448_0: /* 2 */
S_2341_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_2448_1;
S_2370_0: /* 2 */
S_2342_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_2370_1;
S_2368_0: /* 2 */
S_2366_0: /* 2 */
S_2343_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2366_1;
S_2347_0: /* 2 */
S_2344_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2347_1;
S_2345_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2348_0;
S_2347_1: /* 3 */
S_2346_0: /* 2 */
		/* else */;
		goto S_2348_0;
S_2347_2: /* 3 */
		Uerror("blocking sel in d_step (nr.207, near line 181)");
S_2348_0: /* 2 */
S_2349_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2360_0: /* 2 */
S_2359_0: /* 2 */
S_2350_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2359_1;
S_2354_0: /* 2 */
S_2351_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2354_1;
S_2352_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2355_0;
S_2354_1: /* 3 */
S_2353_0: /* 2 */
		/* else */;
		goto S_2355_0;
S_2354_2: /* 3 */
		Uerror("blocking sel in d_step (nr.208, near line 183)");
S_2355_0: /* 2 */
S_2356_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2360_0; /* ';' */
S_2359_1: /* 3 */
S_2357_0: /* 2 */
		/* else */;
S_2358_0: /* 2 */
		goto S_2362_0;	/* 'goto' */
S_2359_2: /* 3 */
		Uerror("blocking sel in d_step (nr.209, near line 183)");
S_2361_0: /* 2 */
		goto S_2362_0;	/* 'break' */
S_2362_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2363_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2364_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2367_0;
S_2366_1: /* 3 */
S_2365_0: /* 2 */
		/* else */;
		goto S_2367_0;
S_2366_2: /* 3 */
		Uerror("blocking sel in d_step (nr.210, near line 179)");
S_2367_0: /* 2 */
		goto S_2371_0;
S_2370_1: /* 3 */
S_2369_0: /* 2 */
		/* else */;
		goto S_2371_0;
S_2370_2: /* 3 */
		Uerror("blocking sel in d_step (nr.211, near line 496)");
S_2371_0: /* 2 */
S_2372_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_2449_0;
S_2448_1: /* 3 */
S_2373_0: /* 2 */
		/* else */;
S_2374_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2387_0: /* 2 */
S_2386_0: /* 2 */
S_2375_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_2386_1;
S_2381_0: /* 2 */
S_2376_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_2381_1;
S_2377_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_2378_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_2379_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2382_0;
S_2381_1: /* 3 */
S_2380_0: /* 2 */
		/* else */;
		goto S_2382_0;
S_2381_2: /* 3 */
		Uerror("blocking sel in d_step (nr.212, near line 496)");
S_2382_0: /* 2 */
S_2383_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2387_0; /* ';' */
S_2386_1: /* 3 */
S_2384_0: /* 2 */
		/* else */;
S_2385_0: /* 2 */
		goto S_2389_0;	/* 'goto' */
S_2386_2: /* 3 */
		Uerror("blocking sel in d_step (nr.213, near line 496)");
S_2388_0: /* 2 */
		goto S_2389_0;	/* 'break' */
S_2389_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2410_0: /* 2 */
S_2409_0: /* 2 */
S_2390_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_2409_1;
S_2404_0: /* 2 */
S_2391_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2392_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2399_0: /* 2 */
S_2398_0: /* 2 */
S_2393_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2398_1;
S_2394_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_2395_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2399_0; /* ';' */
S_2398_1: /* 3 */
S_2396_0: /* 2 */
		/* else */;
S_2397_0: /* 2 */
		goto S_2401_0;	/* 'goto' */
S_2398_2: /* 3 */
		Uerror("blocking sel in d_step (nr.214, near line 141)");
S_2400_0: /* 2 */
		goto S_2401_0;	/* 'break' */
S_2401_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2402_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2403_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2405_0;
S_2405_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_2406_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2410_0; /* ';' */
S_2409_1: /* 3 */
S_2407_0: /* 2 */
		/* else */;
S_2408_0: /* 2 */
		goto S_2412_0;	/* 'goto' */
S_2409_2: /* 3 */
		Uerror("blocking sel in d_step (nr.215, near line 496)");
S_2411_0: /* 2 */
		goto S_2412_0;	/* 'break' */
S_2412_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_2413_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_2414_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2415_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2444_0: /* 2 */
S_2416_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_2444_1;
S_2442_0: /* 2 */
S_2440_0: /* 2 */
S_2417_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2440_1;
S_2421_0: /* 2 */
S_2418_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2421_1;
S_2419_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2422_0;
S_2421_1: /* 3 */
S_2420_0: /* 2 */
		/* else */;
		goto S_2422_0;
S_2421_2: /* 3 */
		Uerror("blocking sel in d_step (nr.216, near line 181)");
S_2422_0: /* 2 */
S_2423_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2434_0: /* 2 */
S_2433_0: /* 2 */
S_2424_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2433_1;
S_2428_0: /* 2 */
S_2425_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2428_1;
S_2426_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2429_0;
S_2428_1: /* 3 */
S_2427_0: /* 2 */
		/* else */;
		goto S_2429_0;
S_2428_2: /* 3 */
		Uerror("blocking sel in d_step (nr.217, near line 183)");
S_2429_0: /* 2 */
S_2430_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2434_0; /* ';' */
S_2433_1: /* 3 */
S_2431_0: /* 2 */
		/* else */;
S_2432_0: /* 2 */
		goto S_2436_0;	/* 'goto' */
S_2433_2: /* 3 */
		Uerror("blocking sel in d_step (nr.218, near line 183)");
S_2435_0: /* 2 */
		goto S_2436_0;	/* 'break' */
S_2436_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2437_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2438_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2441_0;
S_2440_1: /* 3 */
S_2439_0: /* 2 */
		/* else */;
		goto S_2441_0;
S_2440_2: /* 3 */
		Uerror("blocking sel in d_step (nr.219, near line 179)");
S_2441_0: /* 2 */
		goto S_2445_0;
S_2444_1: /* 3 */
S_2443_0: /* 2 */
		/* else */;
		goto S_2445_0;
S_2444_2: /* 3 */
		Uerror("blocking sel in d_step (nr.220, near line 496)");
S_2445_0: /* 2 */
S_2446_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2447_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_2449_0;
S_2448_2: /* 3 */
		Uerror("blocking sel in d_step (nr.221, near line 496)");
S_2449_0: /* 2 */
S_2450_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_2451_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2454_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 150: // STATE 2116 - memflush.pml:496 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2116] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 151: // STATE 2118 - memflush.pml:496 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2118] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 152: // STATE 2119 - memflush.pml:496 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2119] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 153: // STATE 2121 - memflush.pml:496 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][2121] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 154: // STATE 2134 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][2134] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2461_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2462_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2463_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2464_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2465_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2471_0: /* 2 */
S_2466_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_2471_1;
S_2467_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_2472_0;
S_2471_1: /* 3 */
S_2468_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_2471_2;
S_2469_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_2472_0;
S_2471_2: /* 3 */
S_2470_0: /* 2 */
		/* else */;
		goto S_2472_0;
S_2471_3: /* 3 */
		Uerror("blocking sel in d_step (nr.222, near line 496)");
S_2472_0: /* 2 */
		goto S_2486_0;
S_2486_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 155: // STATE 2147 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][2147] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2474_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2475_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2476_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2477_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2478_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2484_0: /* 2 */
S_2479_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_2484_1;
S_2480_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_2485_0;
S_2484_1: /* 3 */
S_2481_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_2484_2;
S_2482_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_2485_0;
S_2484_2: /* 3 */
S_2483_0: /* 2 */
		/* else */;
		goto S_2485_0;
S_2484_3: /* 3 */
		Uerror("blocking sel in d_step (nr.223, near line 496)");
S_2485_0: /* 2 */
		goto S_2487_0;
S_2487_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 156: // STATE 2148 - memflush.pml:496 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2148] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 157: // STATE 2149 - memflush.pml:496 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2149] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 158: // STATE 2237 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][2237] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2489_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2490_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2502_0: /* 2 */
S_2501_0: /* 2 */
S_2491_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2501_1;
S_2496_0: /* 2 */
S_2492_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_2496_1;
S_2493_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_2494_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2497_0;
S_2496_1: /* 3 */
S_2495_0: /* 2 */
		/* else */;
		goto S_2497_0;
S_2496_2: /* 3 */
		Uerror("blocking sel in d_step (nr.224, near line 496)");
S_2497_0: /* 2 */
S_2498_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2502_0; /* ';' */
S_2501_1: /* 3 */
S_2499_0: /* 2 */
		/* else */;
S_2500_0: /* 2 */
		goto S_2507_0;	/* 'goto' */
S_2501_2: /* 3 */
		Uerror("blocking sel in d_step (nr.225, near line 496)");
S_2503_0: /* 2 */
		goto S_2507_0;	/* 'break' */
S_2507_0: /* 2 */
S_2504_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2507_1;
S_2505_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_2508_0;
S_2507_1: /* 3 */
S_2506_0: /* 2 */
		/* else */;
		goto S_2508_0;
S_2507_2: /* 3 */
		Uerror("blocking sel in d_step (nr.226, near line 496)");
S_2508_0: /* 2 */
S_2536_0: /* 2 */
S_2533_0: /* 2 */
S_2532_0: /* 2 */
S_2509_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2532_1;
S_2510_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2511_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2512_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2528_0: /* 2 */
S_2513_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_2528_1;
S_2514_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2529_0;
S_2528_1: /* 3 */
S_2515_0: /* 2 */
		/* else */;
S_2527_0: /* 2 */
S_2516_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2523_0: /* 2 */
S_2522_0: /* 2 */
S_2517_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_2522_1;
S_2518_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_2519_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2523_0; /* ';' */
S_2522_1: /* 3 */
S_2520_0: /* 2 */
		/* else */;
S_2521_0: /* 2 */
		goto S_2525_0;	/* 'goto' */
S_2522_2: /* 3 */
		Uerror("blocking sel in d_step (nr.227, near line 136)");
S_2524_0: /* 2 */
		goto S_2525_0;	/* 'break' */
S_2525_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_2526_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_2529_0;
		goto S_2529_0;
S_2528_2: /* 3 */
		Uerror("blocking sel in d_step (nr.228, near line 151)");
S_2529_0: /* 2 */
		goto S_2533_0; /* '.' */
		goto S_2533_0; /* ';' */
S_2532_1: /* 3 */
S_2530_0: /* 2 */
		/* else */;
S_2531_0: /* 2 */
		goto S_2535_0;	/* 'goto' */
S_2532_2: /* 3 */
		Uerror("blocking sel in d_step (nr.229, near line 148)");
S_2534_0: /* 2 */
		goto S_2535_0;	/* 'break' */
S_2535_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_2562_0;
S_2562_0: /* 2 */
S_2560_0: /* 2 */
S_2537_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2560_1;
S_2541_0: /* 2 */
S_2538_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2541_1;
S_2539_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2542_0;
S_2541_1: /* 3 */
S_2540_0: /* 2 */
		/* else */;
		goto S_2542_0;
S_2541_2: /* 3 */
		Uerror("blocking sel in d_step (nr.230, near line 181)");
S_2542_0: /* 2 */
S_2543_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2554_0: /* 2 */
S_2553_0: /* 2 */
S_2544_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2553_1;
S_2548_0: /* 2 */
S_2545_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2548_1;
S_2546_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2549_0;
S_2548_1: /* 3 */
S_2547_0: /* 2 */
		/* else */;
		goto S_2549_0;
S_2548_2: /* 3 */
		Uerror("blocking sel in d_step (nr.231, near line 183)");
S_2549_0: /* 2 */
S_2550_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2554_0; /* ';' */
S_2553_1: /* 3 */
S_2551_0: /* 2 */
		/* else */;
S_2552_0: /* 2 */
		goto S_2556_0;	/* 'goto' */
S_2553_2: /* 3 */
		Uerror("blocking sel in d_step (nr.232, near line 183)");
S_2555_0: /* 2 */
		goto S_2556_0;	/* 'break' */
S_2556_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2557_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2558_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2561_0;
S_2560_1: /* 3 */
S_2559_0: /* 2 */
		/* else */;
		goto S_2561_0;
S_2560_2: /* 3 */
		Uerror("blocking sel in d_step (nr.233, near line 179)");
S_2561_0: /* 2 */
		goto S_2563_0;
S_2563_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2571_0: /* 2 */
S_2570_0: /* 2 */
S_2564_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_2570_1;
S_2565_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_2566_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_2567_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2571_0; /* ';' */
S_2570_1: /* 3 */
S_2568_0: /* 2 */
		/* else */;
S_2569_0: /* 2 */
		goto S_2573_0;	/* 'goto' */
S_2570_2: /* 3 */
		Uerror("blocking sel in d_step (nr.234, near line 496)");
S_2572_0: /* 2 */
		goto S_2573_0;	/* 'break' */
S_2573_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2574_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2575_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2672_0;
S_2672_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 159: // STATE 2241 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2241] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2577_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2578_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2579_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2672_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 160: // STATE 2331 - memflush.pml:496 - [D_STEP496]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2331] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2581_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2582_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2583_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2584_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2596_0: /* 2 */
S_2595_0: /* 2 */
S_2585_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2595_1;
S_2590_0: /* 2 */
S_2586_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_2590_1;
S_2587_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_2588_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2591_0;
S_2590_1: /* 3 */
S_2589_0: /* 2 */
		/* else */;
		goto S_2591_0;
S_2590_2: /* 3 */
		Uerror("blocking sel in d_step (nr.235, near line 496)");
S_2591_0: /* 2 */
S_2592_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2596_0; /* ';' */
S_2595_1: /* 3 */
S_2593_0: /* 2 */
		/* else */;
S_2594_0: /* 2 */
		goto S_2601_0;	/* 'goto' */
S_2595_2: /* 3 */
		Uerror("blocking sel in d_step (nr.236, near line 496)");
S_2597_0: /* 2 */
		goto S_2601_0;	/* 'break' */
S_2601_0: /* 2 */
S_2598_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2601_1;
S_2599_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_2602_0;
S_2601_1: /* 3 */
S_2600_0: /* 2 */
		/* else */;
		goto S_2602_0;
S_2601_2: /* 3 */
		Uerror("blocking sel in d_step (nr.237, near line 496)");
S_2602_0: /* 2 */
S_2630_0: /* 2 */
S_2627_0: /* 2 */
S_2626_0: /* 2 */
S_2603_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2626_1;
S_2604_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2605_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2606_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2622_0: /* 2 */
S_2607_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_2622_1;
S_2608_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2623_0;
S_2622_1: /* 3 */
S_2609_0: /* 2 */
		/* else */;
S_2621_0: /* 2 */
S_2610_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2617_0: /* 2 */
S_2616_0: /* 2 */
S_2611_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_2616_1;
S_2612_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_2613_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2617_0; /* ';' */
S_2616_1: /* 3 */
S_2614_0: /* 2 */
		/* else */;
S_2615_0: /* 2 */
		goto S_2619_0;	/* 'goto' */
S_2616_2: /* 3 */
		Uerror("blocking sel in d_step (nr.238, near line 136)");
S_2618_0: /* 2 */
		goto S_2619_0;	/* 'break' */
S_2619_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_2620_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_2623_0;
		goto S_2623_0;
S_2622_2: /* 3 */
		Uerror("blocking sel in d_step (nr.239, near line 151)");
S_2623_0: /* 2 */
		goto S_2627_0; /* '.' */
		goto S_2627_0; /* ';' */
S_2626_1: /* 3 */
S_2624_0: /* 2 */
		/* else */;
S_2625_0: /* 2 */
		goto S_2629_0;	/* 'goto' */
S_2626_2: /* 3 */
		Uerror("blocking sel in d_step (nr.240, near line 148)");
S_2628_0: /* 2 */
		goto S_2629_0;	/* 'break' */
S_2629_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_2656_0;
S_2656_0: /* 2 */
S_2654_0: /* 2 */
S_2631_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2654_1;
S_2635_0: /* 2 */
S_2632_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2635_1;
S_2633_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2636_0;
S_2635_1: /* 3 */
S_2634_0: /* 2 */
		/* else */;
		goto S_2636_0;
S_2635_2: /* 3 */
		Uerror("blocking sel in d_step (nr.241, near line 181)");
S_2636_0: /* 2 */
S_2637_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2648_0: /* 2 */
S_2647_0: /* 2 */
S_2638_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2647_1;
S_2642_0: /* 2 */
S_2639_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2642_1;
S_2640_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2643_0;
S_2642_1: /* 3 */
S_2641_0: /* 2 */
		/* else */;
		goto S_2643_0;
S_2642_2: /* 3 */
		Uerror("blocking sel in d_step (nr.242, near line 183)");
S_2643_0: /* 2 */
S_2644_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2648_0; /* ';' */
S_2647_1: /* 3 */
S_2645_0: /* 2 */
		/* else */;
S_2646_0: /* 2 */
		goto S_2650_0;	/* 'goto' */
S_2647_2: /* 3 */
		Uerror("blocking sel in d_step (nr.243, near line 183)");
S_2649_0: /* 2 */
		goto S_2650_0;	/* 'break' */
S_2650_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2651_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2652_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2655_0;
S_2654_1: /* 3 */
S_2653_0: /* 2 */
		/* else */;
		goto S_2655_0;
S_2654_2: /* 3 */
		Uerror("blocking sel in d_step (nr.244, near line 179)");
S_2655_0: /* 2 */
		goto S_2657_0;
S_2657_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2665_0: /* 2 */
S_2664_0: /* 2 */
S_2658_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_2664_1;
S_2659_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_2660_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_2661_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2665_0; /* ';' */
S_2664_1: /* 3 */
S_2662_0: /* 2 */
		/* else */;
S_2663_0: /* 2 */
		goto S_2667_0;	/* 'goto' */
S_2664_2: /* 3 */
		Uerror("blocking sel in d_step (nr.245, near line 496)");
S_2666_0: /* 2 */
		goto S_2667_0;	/* 'break' */
S_2667_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2668_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2669_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2672_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 161: // STATE 2334 - memflush.pml:496 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2334] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 162: // STATE 2335 - memflush.pml:496 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2335] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 163: // STATE 2336 - memflush.pml:496 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2336] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 164: // STATE 2338 - memflush.pml:496 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2338] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 165: // STATE 2340 - memflush.pml:496 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2340] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 166: // STATE 2341 - memflush.pml:496 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][2341] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 167: // STATE 2350 - memflush.pml:496 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][2350] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 168: // STATE 2359 - memflush.pml:496 - [(fail)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2359] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: fail */  (trpt+1)->bup.oval = ((P3 *)_this)->fail;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 169: // STATE 2362 - memflush.pml:496 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2362] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 170: // STATE 2363 - memflush.pml:496 - [expected = (expected-sn[((me*2)+a)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2363] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 171: // STATE 2365 - memflush.pml:496 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2365] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 172: // STATE 2366 - memflush.pml:496 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2366] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 173: // STATE 2369 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][2369] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2706_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2707_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_2710_0;
S_2710_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 174: // STATE 2372 - memflush.pml:496 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][2372] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 175: // STATE 2385 - memflush.pml:496 - [D_STEP496]
		IfNotBlocked

		reached[3][2385] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2712_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:a)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2713_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:a)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2714_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:a)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2715_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:a)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2716_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:a)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2722_0: /* 2 */
S_2717_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==1)))
			goto S_2722_1;
S_2718_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:a)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_2723_0;
S_2722_1: /* 3 */
S_2719_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])>=2)))
			goto S_2722_2;
S_2720_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_2723_0;
S_2722_2: /* 3 */
S_2721_0: /* 2 */
		/* else */;
		goto S_2723_0;
S_2722_3: /* 3 */
		Uerror("blocking sel in d_step (nr.246, near line 496)");
S_2723_0: /* 2 */
		goto S_2726_0;
S_2726_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 176: // STATE 2388 - memflush.pml:496 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][2388] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 177: // STATE 2395 - memflush.pml:497 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][2395] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 178: // STATE 2397 - memflush.pml:498 - [(lost)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2397] = 1;
		if (!(((int)((P3 *)_this)->lost)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: lost */  (trpt+1)->bup.oval = ((P3 *)_this)->lost;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->lost = 0;
		_m = 3; goto P999; /* 0 */
	case 179: // STATE 2398 - memflush.pml:499 - [lost = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2398] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->lost);
		((P3 *)_this)->lost = 0;
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 180: // STATE 2399 - memflush.pml:499 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2399] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 181: // STATE 2400 - memflush.pml:499 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2400] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 182: // STATE 2401 - memflush.pml:500 - [((a==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2401] = 1;
		if (!((((int)((P3 *)_this)->a)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: a */  (trpt+1)->bup.oval = ((P3 *)_this)->a;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->a = 0;
		_m = 3; goto P999; /* 0 */
	case 183: // STATE 2407 - memflush.pml:501 - [D_STEP501]
		IfNotBlocked

		reached[3][2407] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2745_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:a)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_2747_0;
S_2747_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 184: // STATE 2408 - memflush.pml:502 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2408] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 185: // STATE 2412 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			continue;

		reached[3][2412] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2748_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			Uerror("block in d_step seq");
S_2749_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2750_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2762_0;
S_2762_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 186: // STATE 2417 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && (((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[3][2417] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2752_0: /* 2 */
		if (!((((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_2753_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_2754_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2755_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2762_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 187: // STATE 2421 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			continue;

		reached[3][2421] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2757_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			Uerror("block in d_step seq");
S_2758_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_2759_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2762_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 188: // STATE 2424 - memflush.pml:502 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2424] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 189: // STATE 2425 - memflush.pml:502 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2425] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 190: // STATE 2438 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][2438] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2765_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2766_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2767_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2768_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2769_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_2775_0: /* 2 */
S_2770_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_2775_1;
S_2771_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_2776_0;
S_2775_1: /* 3 */
S_2772_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_2775_2;
S_2773_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_2776_0;
S_2775_2: /* 3 */
S_2774_0: /* 2 */
		/* else */;
		goto S_2776_0;
S_2775_3: /* 3 */
		Uerror("blocking sel in d_step (nr.247, near line 502)");
S_2776_0: /* 2 */
		goto S_2790_0;
S_2790_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 191: // STATE 2451 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][2451] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2778_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2779_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2780_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2781_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2782_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_2788_0: /* 2 */
S_2783_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_2788_1;
S_2784_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_2789_0;
S_2788_1: /* 3 */
S_2785_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_2788_2;
S_2786_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_2789_0;
S_2788_2: /* 3 */
S_2787_0: /* 2 */
		/* else */;
		goto S_2789_0;
S_2788_3: /* 3 */
		Uerror("blocking sel in d_step (nr.248, near line 502)");
S_2789_0: /* 2 */
		goto S_2791_0;
S_2791_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 192: // STATE 2452 - memflush.pml:502 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2452] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 193: // STATE 2453 - memflush.pml:502 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2453] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 194: // STATE 2541 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][2541] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2793_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2794_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2806_0: /* 2 */
S_2805_0: /* 2 */
S_2795_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2805_1;
S_2800_0: /* 2 */
S_2796_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_2800_1;
S_2797_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_2798_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2801_0;
S_2800_1: /* 3 */
S_2799_0: /* 2 */
		/* else */;
		goto S_2801_0;
S_2800_2: /* 3 */
		Uerror("blocking sel in d_step (nr.249, near line 502)");
S_2801_0: /* 2 */
S_2802_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2806_0; /* ';' */
S_2805_1: /* 3 */
S_2803_0: /* 2 */
		/* else */;
S_2804_0: /* 2 */
		goto S_2811_0;	/* 'goto' */
S_2805_2: /* 3 */
		Uerror("blocking sel in d_step (nr.250, near line 502)");
S_2807_0: /* 2 */
		goto S_2811_0;	/* 'break' */
S_2811_0: /* 2 */
S_2808_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2811_1;
S_2809_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_2812_0;
S_2811_1: /* 3 */
S_2810_0: /* 2 */
		/* else */;
		goto S_2812_0;
S_2811_2: /* 3 */
		Uerror("blocking sel in d_step (nr.251, near line 502)");
S_2812_0: /* 2 */
S_2840_0: /* 2 */
S_2837_0: /* 2 */
S_2836_0: /* 2 */
S_2813_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2836_1;
S_2814_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2815_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2816_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2832_0: /* 2 */
S_2817_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_2832_1;
S_2818_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2833_0;
S_2832_1: /* 3 */
S_2819_0: /* 2 */
		/* else */;
S_2831_0: /* 2 */
S_2820_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2827_0: /* 2 */
S_2826_0: /* 2 */
S_2821_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_2826_1;
S_2822_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_2823_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2827_0; /* ';' */
S_2826_1: /* 3 */
S_2824_0: /* 2 */
		/* else */;
S_2825_0: /* 2 */
		goto S_2829_0;	/* 'goto' */
S_2826_2: /* 3 */
		Uerror("blocking sel in d_step (nr.252, near line 136)");
S_2828_0: /* 2 */
		goto S_2829_0;	/* 'break' */
S_2829_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_2830_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_2833_0;
		goto S_2833_0;
S_2832_2: /* 3 */
		Uerror("blocking sel in d_step (nr.253, near line 151)");
S_2833_0: /* 2 */
		goto S_2837_0; /* '.' */
		goto S_2837_0; /* ';' */
S_2836_1: /* 3 */
S_2834_0: /* 2 */
		/* else */;
S_2835_0: /* 2 */
		goto S_2839_0;	/* 'goto' */
S_2836_2: /* 3 */
		Uerror("blocking sel in d_step (nr.254, near line 148)");
S_2838_0: /* 2 */
		goto S_2839_0;	/* 'break' */
S_2839_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_2866_0;
S_2866_0: /* 2 */
S_2864_0: /* 2 */
S_2841_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2864_1;
S_2845_0: /* 2 */
S_2842_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2845_1;
S_2843_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2846_0;
S_2845_1: /* 3 */
S_2844_0: /* 2 */
		/* else */;
		goto S_2846_0;
S_2845_2: /* 3 */
		Uerror("blocking sel in d_step (nr.255, near line 181)");
S_2846_0: /* 2 */
S_2847_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2858_0: /* 2 */
S_2857_0: /* 2 */
S_2848_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2857_1;
S_2852_0: /* 2 */
S_2849_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2852_1;
S_2850_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2853_0;
S_2852_1: /* 3 */
S_2851_0: /* 2 */
		/* else */;
		goto S_2853_0;
S_2852_2: /* 3 */
		Uerror("blocking sel in d_step (nr.256, near line 183)");
S_2853_0: /* 2 */
S_2854_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2858_0; /* ';' */
S_2857_1: /* 3 */
S_2855_0: /* 2 */
		/* else */;
S_2856_0: /* 2 */
		goto S_2860_0;	/* 'goto' */
S_2857_2: /* 3 */
		Uerror("blocking sel in d_step (nr.257, near line 183)");
S_2859_0: /* 2 */
		goto S_2860_0;	/* 'break' */
S_2860_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2861_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2862_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2865_0;
S_2864_1: /* 3 */
S_2863_0: /* 2 */
		/* else */;
		goto S_2865_0;
S_2864_2: /* 3 */
		Uerror("blocking sel in d_step (nr.258, near line 179)");
S_2865_0: /* 2 */
		goto S_2867_0;
S_2867_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2875_0: /* 2 */
S_2874_0: /* 2 */
S_2868_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_2874_1;
S_2869_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_2870_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_2871_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2875_0; /* ';' */
S_2874_1: /* 3 */
S_2872_0: /* 2 */
		/* else */;
S_2873_0: /* 2 */
		goto S_2877_0;	/* 'goto' */
S_2874_2: /* 3 */
		Uerror("blocking sel in d_step (nr.259, near line 502)");
S_2876_0: /* 2 */
		goto S_2877_0;	/* 'break' */
S_2877_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2878_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2879_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2976_0;
S_2976_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 195: // STATE 2545 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2545] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2881_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2882_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2883_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2976_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 196: // STATE 2635 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2635] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2885_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_2886_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_2887_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2888_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2900_0: /* 2 */
S_2899_0: /* 2 */
S_2889_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_2899_1;
S_2894_0: /* 2 */
S_2890_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_2894_1;
S_2891_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_2892_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_2895_0;
S_2894_1: /* 3 */
S_2893_0: /* 2 */
		/* else */;
		goto S_2895_0;
S_2894_2: /* 3 */
		Uerror("blocking sel in d_step (nr.260, near line 502)");
S_2895_0: /* 2 */
S_2896_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2900_0; /* ';' */
S_2899_1: /* 3 */
S_2897_0: /* 2 */
		/* else */;
S_2898_0: /* 2 */
		goto S_2905_0;	/* 'goto' */
S_2899_2: /* 3 */
		Uerror("blocking sel in d_step (nr.261, near line 502)");
S_2901_0: /* 2 */
		goto S_2905_0;	/* 'break' */
S_2905_0: /* 2 */
S_2902_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2905_1;
S_2903_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_2906_0;
S_2905_1: /* 3 */
S_2904_0: /* 2 */
		/* else */;
		goto S_2906_0;
S_2905_2: /* 3 */
		Uerror("blocking sel in d_step (nr.262, near line 502)");
S_2906_0: /* 2 */
S_2934_0: /* 2 */
S_2931_0: /* 2 */
S_2930_0: /* 2 */
S_2907_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_2930_1;
S_2908_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_2909_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_2910_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_2926_0: /* 2 */
S_2911_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_2926_1;
S_2912_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2927_0;
S_2926_1: /* 3 */
S_2913_0: /* 2 */
		/* else */;
S_2925_0: /* 2 */
S_2914_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2921_0: /* 2 */
S_2920_0: /* 2 */
S_2915_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_2920_1;
S_2916_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_2917_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2921_0; /* ';' */
S_2920_1: /* 3 */
S_2918_0: /* 2 */
		/* else */;
S_2919_0: /* 2 */
		goto S_2923_0;	/* 'goto' */
S_2920_2: /* 3 */
		Uerror("blocking sel in d_step (nr.263, near line 136)");
S_2922_0: /* 2 */
		goto S_2923_0;	/* 'break' */
S_2923_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_2924_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_2927_0;
		goto S_2927_0;
S_2926_2: /* 3 */
		Uerror("blocking sel in d_step (nr.264, near line 151)");
S_2927_0: /* 2 */
		goto S_2931_0; /* '.' */
		goto S_2931_0; /* ';' */
S_2930_1: /* 3 */
S_2928_0: /* 2 */
		/* else */;
S_2929_0: /* 2 */
		goto S_2933_0;	/* 'goto' */
S_2930_2: /* 3 */
		Uerror("blocking sel in d_step (nr.265, near line 148)");
S_2932_0: /* 2 */
		goto S_2933_0;	/* 'break' */
S_2933_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_2960_0;
S_2960_0: /* 2 */
S_2958_0: /* 2 */
S_2935_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_2958_1;
S_2939_0: /* 2 */
S_2936_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_2939_1;
S_2937_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_2940_0;
S_2939_1: /* 3 */
S_2938_0: /* 2 */
		/* else */;
		goto S_2940_0;
S_2939_2: /* 3 */
		Uerror("blocking sel in d_step (nr.266, near line 181)");
S_2940_0: /* 2 */
S_2941_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2952_0: /* 2 */
S_2951_0: /* 2 */
S_2942_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_2951_1;
S_2946_0: /* 2 */
S_2943_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_2946_1;
S_2944_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_2947_0;
S_2946_1: /* 3 */
S_2945_0: /* 2 */
		/* else */;
		goto S_2947_0;
S_2946_2: /* 3 */
		Uerror("blocking sel in d_step (nr.267, near line 183)");
S_2947_0: /* 2 */
S_2948_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2952_0; /* ';' */
S_2951_1: /* 3 */
S_2949_0: /* 2 */
		/* else */;
S_2950_0: /* 2 */
		goto S_2954_0;	/* 'goto' */
S_2951_2: /* 3 */
		Uerror("blocking sel in d_step (nr.268, near line 183)");
S_2953_0: /* 2 */
		goto S_2954_0;	/* 'break' */
S_2954_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_2955_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_2956_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2959_0;
S_2958_1: /* 3 */
S_2957_0: /* 2 */
		/* else */;
		goto S_2959_0;
S_2958_2: /* 3 */
		Uerror("blocking sel in d_step (nr.269, near line 179)");
S_2959_0: /* 2 */
		goto S_2961_0;
S_2961_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2969_0: /* 2 */
S_2968_0: /* 2 */
S_2962_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_2968_1;
S_2963_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_2964_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_2965_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_2969_0; /* ';' */
S_2968_1: /* 3 */
S_2966_0: /* 2 */
		/* else */;
S_2967_0: /* 2 */
		goto S_2971_0;	/* 'goto' */
S_2968_2: /* 3 */
		Uerror("blocking sel in d_step (nr.270, near line 502)");
S_2970_0: /* 2 */
		goto S_2971_0;	/* 'break' */
S_2971_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_2972_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_2973_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_2976_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 197: // STATE 2638 - memflush.pml:502 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2638] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 198: // STATE 2639 - memflush.pml:502 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2639] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 199: // STATE 2640 - memflush.pml:502 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2640] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 200: // STATE 2642 - memflush.pml:502 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2642] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 201: // STATE 2644 - memflush.pml:502 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2644] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 202: // STATE 2645 - memflush.pml:502 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][2645] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 203: // STATE 2654 - memflush.pml:502 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][2654] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 204: // STATE 2658 - memflush.pml:502 - [(!(fail))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2658] = 1;
		if (!( !(((int)((P3 *)_this)->fail))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 205: // STATE 2693 - memflush.pml:502 - [D_STEP502]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][2693] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3030_0: /* 2 */
S_2999_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3030_1;
S_3028_0: /* 2 */
S_3025_0: /* 2 */
S_3023_0: /* 2 */
S_3000_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3023_1;
S_3004_0: /* 2 */
S_3001_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3004_1;
S_3002_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3005_0;
S_3004_1: /* 3 */
S_3003_0: /* 2 */
		/* else */;
		goto S_3005_0;
S_3004_2: /* 3 */
		Uerror("blocking sel in d_step (nr.271, near line 181)");
S_3005_0: /* 2 */
S_3006_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3017_0: /* 2 */
S_3016_0: /* 2 */
S_3007_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3016_1;
S_3011_0: /* 2 */
S_3008_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3011_1;
S_3009_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3012_0;
S_3011_1: /* 3 */
S_3010_0: /* 2 */
		/* else */;
		goto S_3012_0;
S_3011_2: /* 3 */
		Uerror("blocking sel in d_step (nr.272, near line 183)");
S_3012_0: /* 2 */
S_3013_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3017_0; /* ';' */
S_3016_1: /* 3 */
S_3014_0: /* 2 */
		/* else */;
S_3015_0: /* 2 */
		goto S_3019_0;	/* 'goto' */
S_3016_2: /* 3 */
		Uerror("blocking sel in d_step (nr.273, near line 183)");
S_3018_0: /* 2 */
		goto S_3019_0;	/* 'break' */
S_3019_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3020_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3021_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3024_0;
S_3023_1: /* 3 */
S_3022_0: /* 2 */
		/* else */;
		goto S_3024_0;
S_3023_2: /* 3 */
		Uerror("blocking sel in d_step (nr.274, near line 179)");
S_3024_0: /* 2 */
		goto S_3026_0;
S_3026_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3027_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_3031_0;
S_3030_1: /* 3 */
S_3029_0: /* 2 */
		/* else */;
		goto S_3031_0;
S_3030_2: /* 3 */
		Uerror("blocking sel in d_step (nr.275, near line 502)");
S_3031_0: /* 2 */
		goto S_3034_0;
S_3034_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 206: // STATE 2696 - memflush.pml:502 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][2696] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 207: // STATE 2697 - memflush.pml:502 - [(slost[((me*2)+a)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2697] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 208: // STATE 2812 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][2812] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3039_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_3147_0: /* 2 */
S_3040_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_3147_1;
S_3069_0: /* 2 */
S_3041_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_3069_1;
S_3067_0: /* 2 */
S_3065_0: /* 2 */
S_3042_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3065_1;
S_3046_0: /* 2 */
S_3043_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3046_1;
S_3044_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3047_0;
S_3046_1: /* 3 */
S_3045_0: /* 2 */
		/* else */;
		goto S_3047_0;
S_3046_2: /* 3 */
		Uerror("blocking sel in d_step (nr.276, near line 181)");
S_3047_0: /* 2 */
S_3048_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3059_0: /* 2 */
S_3058_0: /* 2 */
S_3049_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3058_1;
S_3053_0: /* 2 */
S_3050_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3053_1;
S_3051_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3054_0;
S_3053_1: /* 3 */
S_3052_0: /* 2 */
		/* else */;
		goto S_3054_0;
S_3053_2: /* 3 */
		Uerror("blocking sel in d_step (nr.277, near line 183)");
S_3054_0: /* 2 */
S_3055_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3059_0; /* ';' */
S_3058_1: /* 3 */
S_3056_0: /* 2 */
		/* else */;
S_3057_0: /* 2 */
		goto S_3061_0;	/* 'goto' */
S_3058_2: /* 3 */
		Uerror("blocking sel in d_step (nr.278, near line 183)");
S_3060_0: /* 2 */
		goto S_3061_0;	/* 'break' */
S_3061_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3062_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3063_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3066_0;
S_3065_1: /* 3 */
S_3064_0: /* 2 */
		/* else */;
		goto S_3066_0;
S_3065_2: /* 3 */
		Uerror("blocking sel in d_step (nr.279, near line 179)");
S_3066_0: /* 2 */
		goto S_3070_0;
S_3069_1: /* 3 */
S_3068_0: /* 2 */
		/* else */;
		goto S_3070_0;
S_3069_2: /* 3 */
		Uerror("blocking sel in d_step (nr.280, near line 502)");
S_3070_0: /* 2 */
S_3071_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_3148_0;
S_3147_1: /* 3 */
S_3072_0: /* 2 */
		/* else */;
S_3073_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3086_0: /* 2 */
S_3085_0: /* 2 */
S_3074_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_3085_1;
S_3080_0: /* 2 */
S_3075_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_3080_1;
S_3076_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_3077_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_3078_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3081_0;
S_3080_1: /* 3 */
S_3079_0: /* 2 */
		/* else */;
		goto S_3081_0;
S_3080_2: /* 3 */
		Uerror("blocking sel in d_step (nr.281, near line 502)");
S_3081_0: /* 2 */
S_3082_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3086_0; /* ';' */
S_3085_1: /* 3 */
S_3083_0: /* 2 */
		/* else */;
S_3084_0: /* 2 */
		goto S_3088_0;	/* 'goto' */
S_3085_2: /* 3 */
		Uerror("blocking sel in d_step (nr.282, near line 502)");
S_3087_0: /* 2 */
		goto S_3088_0;	/* 'break' */
S_3088_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3109_0: /* 2 */
S_3108_0: /* 2 */
S_3089_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_3108_1;
S_3103_0: /* 2 */
S_3090_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3091_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3098_0: /* 2 */
S_3097_0: /* 2 */
S_3092_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3097_1;
S_3093_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_3094_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3098_0; /* ';' */
S_3097_1: /* 3 */
S_3095_0: /* 2 */
		/* else */;
S_3096_0: /* 2 */
		goto S_3100_0;	/* 'goto' */
S_3097_2: /* 3 */
		Uerror("blocking sel in d_step (nr.283, near line 141)");
S_3099_0: /* 2 */
		goto S_3100_0;	/* 'break' */
S_3100_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3101_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3102_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3104_0;
S_3104_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_3105_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3109_0; /* ';' */
S_3108_1: /* 3 */
S_3106_0: /* 2 */
		/* else */;
S_3107_0: /* 2 */
		goto S_3111_0;	/* 'goto' */
S_3108_2: /* 3 */
		Uerror("blocking sel in d_step (nr.284, near line 502)");
S_3110_0: /* 2 */
		goto S_3111_0;	/* 'break' */
S_3111_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_3112_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_3113_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3114_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3143_0: /* 2 */
S_3115_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_3143_1;
S_3141_0: /* 2 */
S_3139_0: /* 2 */
S_3116_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3139_1;
S_3120_0: /* 2 */
S_3117_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3120_1;
S_3118_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3121_0;
S_3120_1: /* 3 */
S_3119_0: /* 2 */
		/* else */;
		goto S_3121_0;
S_3120_2: /* 3 */
		Uerror("blocking sel in d_step (nr.285, near line 181)");
S_3121_0: /* 2 */
S_3122_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3133_0: /* 2 */
S_3132_0: /* 2 */
S_3123_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3132_1;
S_3127_0: /* 2 */
S_3124_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3127_1;
S_3125_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3128_0;
S_3127_1: /* 3 */
S_3126_0: /* 2 */
		/* else */;
		goto S_3128_0;
S_3127_2: /* 3 */
		Uerror("blocking sel in d_step (nr.286, near line 183)");
S_3128_0: /* 2 */
S_3129_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3133_0; /* ';' */
S_3132_1: /* 3 */
S_3130_0: /* 2 */
		/* else */;
S_3131_0: /* 2 */
		goto S_3135_0;	/* 'goto' */
S_3132_2: /* 3 */
		Uerror("blocking sel in d_step (nr.287, near line 183)");
S_3134_0: /* 2 */
		goto S_3135_0;	/* 'break' */
S_3135_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3136_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3137_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3140_0;
S_3139_1: /* 3 */
S_3138_0: /* 2 */
		/* else */;
		goto S_3140_0;
S_3139_2: /* 3 */
		Uerror("blocking sel in d_step (nr.288, near line 179)");
S_3140_0: /* 2 */
		goto S_3144_0;
S_3143_1: /* 3 */
S_3142_0: /* 2 */
		/* else */;
		goto S_3144_0;
S_3143_2: /* 3 */
		Uerror("blocking sel in d_step (nr.289, near line 502)");
S_3144_0: /* 2 */
S_3145_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3146_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_3148_0;
S_3147_2: /* 3 */
		Uerror("blocking sel in d_step (nr.290, near line 502)");
S_3148_0: /* 2 */
S_3149_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_3150_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3272_0;
S_3272_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 209: // STATE 2816 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2816] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3152_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3153_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3154_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3272_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 210: // STATE 2931 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][2931] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3156_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3157_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3158_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_3266_0: /* 2 */
S_3159_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_3266_1;
S_3188_0: /* 2 */
S_3160_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_3188_1;
S_3186_0: /* 2 */
S_3184_0: /* 2 */
S_3161_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3184_1;
S_3165_0: /* 2 */
S_3162_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3165_1;
S_3163_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3166_0;
S_3165_1: /* 3 */
S_3164_0: /* 2 */
		/* else */;
		goto S_3166_0;
S_3165_2: /* 3 */
		Uerror("blocking sel in d_step (nr.291, near line 181)");
S_3166_0: /* 2 */
S_3167_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3178_0: /* 2 */
S_3177_0: /* 2 */
S_3168_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3177_1;
S_3172_0: /* 2 */
S_3169_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3172_1;
S_3170_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3173_0;
S_3172_1: /* 3 */
S_3171_0: /* 2 */
		/* else */;
		goto S_3173_0;
S_3172_2: /* 3 */
		Uerror("blocking sel in d_step (nr.292, near line 183)");
S_3173_0: /* 2 */
S_3174_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3178_0; /* ';' */
S_3177_1: /* 3 */
S_3175_0: /* 2 */
		/* else */;
S_3176_0: /* 2 */
		goto S_3180_0;	/* 'goto' */
S_3177_2: /* 3 */
		Uerror("blocking sel in d_step (nr.293, near line 183)");
S_3179_0: /* 2 */
		goto S_3180_0;	/* 'break' */
S_3180_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3181_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3182_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3185_0;
S_3184_1: /* 3 */
S_3183_0: /* 2 */
		/* else */;
		goto S_3185_0;
S_3184_2: /* 3 */
		Uerror("blocking sel in d_step (nr.294, near line 179)");
S_3185_0: /* 2 */
		goto S_3189_0;
S_3188_1: /* 3 */
S_3187_0: /* 2 */
		/* else */;
		goto S_3189_0;
S_3188_2: /* 3 */
		Uerror("blocking sel in d_step (nr.295, near line 502)");
S_3189_0: /* 2 */
S_3190_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_3267_0;
S_3266_1: /* 3 */
S_3191_0: /* 2 */
		/* else */;
S_3192_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3205_0: /* 2 */
S_3204_0: /* 2 */
S_3193_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_3204_1;
S_3199_0: /* 2 */
S_3194_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_3199_1;
S_3195_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_3196_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_3197_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3200_0;
S_3199_1: /* 3 */
S_3198_0: /* 2 */
		/* else */;
		goto S_3200_0;
S_3199_2: /* 3 */
		Uerror("blocking sel in d_step (nr.296, near line 502)");
S_3200_0: /* 2 */
S_3201_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3205_0; /* ';' */
S_3204_1: /* 3 */
S_3202_0: /* 2 */
		/* else */;
S_3203_0: /* 2 */
		goto S_3207_0;	/* 'goto' */
S_3204_2: /* 3 */
		Uerror("blocking sel in d_step (nr.297, near line 502)");
S_3206_0: /* 2 */
		goto S_3207_0;	/* 'break' */
S_3207_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3228_0: /* 2 */
S_3227_0: /* 2 */
S_3208_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_3227_1;
S_3222_0: /* 2 */
S_3209_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3210_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3217_0: /* 2 */
S_3216_0: /* 2 */
S_3211_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3216_1;
S_3212_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_3213_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3217_0; /* ';' */
S_3216_1: /* 3 */
S_3214_0: /* 2 */
		/* else */;
S_3215_0: /* 2 */
		goto S_3219_0;	/* 'goto' */
S_3216_2: /* 3 */
		Uerror("blocking sel in d_step (nr.298, near line 141)");
S_3218_0: /* 2 */
		goto S_3219_0;	/* 'break' */
S_3219_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3220_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3221_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3223_0;
S_3223_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_3224_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3228_0; /* ';' */
S_3227_1: /* 3 */
S_3225_0: /* 2 */
		/* else */;
S_3226_0: /* 2 */
		goto S_3230_0;	/* 'goto' */
S_3227_2: /* 3 */
		Uerror("blocking sel in d_step (nr.299, near line 502)");
S_3229_0: /* 2 */
		goto S_3230_0;	/* 'break' */
S_3230_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_3231_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_3232_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3233_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3262_0: /* 2 */
S_3234_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_3262_1;
S_3260_0: /* 2 */
S_3258_0: /* 2 */
S_3235_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3258_1;
S_3239_0: /* 2 */
S_3236_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3239_1;
S_3237_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3240_0;
S_3239_1: /* 3 */
S_3238_0: /* 2 */
		/* else */;
		goto S_3240_0;
S_3239_2: /* 3 */
		Uerror("blocking sel in d_step (nr.300, near line 181)");
S_3240_0: /* 2 */
S_3241_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3252_0: /* 2 */
S_3251_0: /* 2 */
S_3242_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3251_1;
S_3246_0: /* 2 */
S_3243_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3246_1;
S_3244_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3247_0;
S_3246_1: /* 3 */
S_3245_0: /* 2 */
		/* else */;
		goto S_3247_0;
S_3246_2: /* 3 */
		Uerror("blocking sel in d_step (nr.301, near line 183)");
S_3247_0: /* 2 */
S_3248_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3252_0; /* ';' */
S_3251_1: /* 3 */
S_3249_0: /* 2 */
		/* else */;
S_3250_0: /* 2 */
		goto S_3254_0;	/* 'goto' */
S_3251_2: /* 3 */
		Uerror("blocking sel in d_step (nr.302, near line 183)");
S_3253_0: /* 2 */
		goto S_3254_0;	/* 'break' */
S_3254_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3255_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3256_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3259_0;
S_3258_1: /* 3 */
S_3257_0: /* 2 */
		/* else */;
		goto S_3259_0;
S_3258_2: /* 3 */
		Uerror("blocking sel in d_step (nr.303, near line 179)");
S_3259_0: /* 2 */
		goto S_3263_0;
S_3262_1: /* 3 */
S_3261_0: /* 2 */
		/* else */;
		goto S_3263_0;
S_3262_2: /* 3 */
		Uerror("blocking sel in d_step (nr.304, near line 502)");
S_3263_0: /* 2 */
S_3264_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3265_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_3267_0;
S_3266_2: /* 3 */
		Uerror("blocking sel in d_step (nr.305, near line 502)");
S_3267_0: /* 2 */
S_3268_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_3269_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3272_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 211: // STATE 2934 - memflush.pml:502 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2934] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 212: // STATE 2936 - memflush.pml:502 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][2936] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 213: // STATE 2937 - memflush.pml:502 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2937] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 214: // STATE 2939 - memflush.pml:502 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][2939] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 215: // STATE 2952 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][2952] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3279_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3280_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3281_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3282_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3283_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3289_0: /* 2 */
S_3284_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_3289_1;
S_3285_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_3290_0;
S_3289_1: /* 3 */
S_3286_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_3289_2;
S_3287_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_3290_0;
S_3289_2: /* 3 */
S_3288_0: /* 2 */
		/* else */;
		goto S_3290_0;
S_3289_3: /* 3 */
		Uerror("blocking sel in d_step (nr.306, near line 502)");
S_3290_0: /* 2 */
		goto S_3304_0;
S_3304_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 216: // STATE 2965 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][2965] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3292_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3293_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3294_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3295_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3296_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3302_0: /* 2 */
S_3297_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_3302_1;
S_3298_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_3303_0;
S_3302_1: /* 3 */
S_3299_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_3302_2;
S_3300_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_3303_0;
S_3302_2: /* 3 */
S_3301_0: /* 2 */
		/* else */;
		goto S_3303_0;
S_3302_3: /* 3 */
		Uerror("blocking sel in d_step (nr.307, near line 502)");
S_3303_0: /* 2 */
		goto S_3305_0;
S_3305_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 217: // STATE 2966 - memflush.pml:502 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2966] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 218: // STATE 2967 - memflush.pml:502 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][2967] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 219: // STATE 3055 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][3055] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3307_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3308_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3320_0: /* 2 */
S_3319_0: /* 2 */
S_3309_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3319_1;
S_3314_0: /* 2 */
S_3310_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_3314_1;
S_3311_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_3312_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3315_0;
S_3314_1: /* 3 */
S_3313_0: /* 2 */
		/* else */;
		goto S_3315_0;
S_3314_2: /* 3 */
		Uerror("blocking sel in d_step (nr.308, near line 502)");
S_3315_0: /* 2 */
S_3316_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3320_0; /* ';' */
S_3319_1: /* 3 */
S_3317_0: /* 2 */
		/* else */;
S_3318_0: /* 2 */
		goto S_3325_0;	/* 'goto' */
S_3319_2: /* 3 */
		Uerror("blocking sel in d_step (nr.309, near line 502)");
S_3321_0: /* 2 */
		goto S_3325_0;	/* 'break' */
S_3325_0: /* 2 */
S_3322_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3325_1;
S_3323_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_3326_0;
S_3325_1: /* 3 */
S_3324_0: /* 2 */
		/* else */;
		goto S_3326_0;
S_3325_2: /* 3 */
		Uerror("blocking sel in d_step (nr.310, near line 502)");
S_3326_0: /* 2 */
S_3354_0: /* 2 */
S_3351_0: /* 2 */
S_3350_0: /* 2 */
S_3327_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3350_1;
S_3328_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3329_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3330_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3346_0: /* 2 */
S_3331_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_3346_1;
S_3332_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3347_0;
S_3346_1: /* 3 */
S_3333_0: /* 2 */
		/* else */;
S_3345_0: /* 2 */
S_3334_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3341_0: /* 2 */
S_3340_0: /* 2 */
S_3335_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_3340_1;
S_3336_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_3337_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3341_0; /* ';' */
S_3340_1: /* 3 */
S_3338_0: /* 2 */
		/* else */;
S_3339_0: /* 2 */
		goto S_3343_0;	/* 'goto' */
S_3340_2: /* 3 */
		Uerror("blocking sel in d_step (nr.311, near line 136)");
S_3342_0: /* 2 */
		goto S_3343_0;	/* 'break' */
S_3343_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_3344_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_3347_0;
		goto S_3347_0;
S_3346_2: /* 3 */
		Uerror("blocking sel in d_step (nr.312, near line 151)");
S_3347_0: /* 2 */
		goto S_3351_0; /* '.' */
		goto S_3351_0; /* ';' */
S_3350_1: /* 3 */
S_3348_0: /* 2 */
		/* else */;
S_3349_0: /* 2 */
		goto S_3353_0;	/* 'goto' */
S_3350_2: /* 3 */
		Uerror("blocking sel in d_step (nr.313, near line 148)");
S_3352_0: /* 2 */
		goto S_3353_0;	/* 'break' */
S_3353_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_3380_0;
S_3380_0: /* 2 */
S_3378_0: /* 2 */
S_3355_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3378_1;
S_3359_0: /* 2 */
S_3356_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3359_1;
S_3357_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3360_0;
S_3359_1: /* 3 */
S_3358_0: /* 2 */
		/* else */;
		goto S_3360_0;
S_3359_2: /* 3 */
		Uerror("blocking sel in d_step (nr.314, near line 181)");
S_3360_0: /* 2 */
S_3361_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3372_0: /* 2 */
S_3371_0: /* 2 */
S_3362_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3371_1;
S_3366_0: /* 2 */
S_3363_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3366_1;
S_3364_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3367_0;
S_3366_1: /* 3 */
S_3365_0: /* 2 */
		/* else */;
		goto S_3367_0;
S_3366_2: /* 3 */
		Uerror("blocking sel in d_step (nr.315, near line 183)");
S_3367_0: /* 2 */
S_3368_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3372_0; /* ';' */
S_3371_1: /* 3 */
S_3369_0: /* 2 */
		/* else */;
S_3370_0: /* 2 */
		goto S_3374_0;	/* 'goto' */
S_3371_2: /* 3 */
		Uerror("blocking sel in d_step (nr.316, near line 183)");
S_3373_0: /* 2 */
		goto S_3374_0;	/* 'break' */
S_3374_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3375_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3376_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3379_0;
S_3378_1: /* 3 */
S_3377_0: /* 2 */
		/* else */;
		goto S_3379_0;
S_3378_2: /* 3 */
		Uerror("blocking sel in d_step (nr.317, near line 179)");
S_3379_0: /* 2 */
		goto S_3381_0;
S_3381_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3389_0: /* 2 */
S_3388_0: /* 2 */
S_3382_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_3388_1;
S_3383_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_3384_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_3385_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3389_0; /* ';' */
S_3388_1: /* 3 */
S_3386_0: /* 2 */
		/* else */;
S_3387_0: /* 2 */
		goto S_3391_0;	/* 'goto' */
S_3388_2: /* 3 */
		Uerror("blocking sel in d_step (nr.318, near line 502)");
S_3390_0: /* 2 */
		goto S_3391_0;	/* 'break' */
S_3391_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3392_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3393_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3490_0;
S_3490_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 220: // STATE 3059 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3059] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3395_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3396_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3397_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3490_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 221: // STATE 3149 - memflush.pml:502 - [D_STEP502]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3149] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3399_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3400_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3401_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3402_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3414_0: /* 2 */
S_3413_0: /* 2 */
S_3403_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3413_1;
S_3408_0: /* 2 */
S_3404_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_3408_1;
S_3405_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_3406_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3409_0;
S_3408_1: /* 3 */
S_3407_0: /* 2 */
		/* else */;
		goto S_3409_0;
S_3408_2: /* 3 */
		Uerror("blocking sel in d_step (nr.319, near line 502)");
S_3409_0: /* 2 */
S_3410_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3414_0; /* ';' */
S_3413_1: /* 3 */
S_3411_0: /* 2 */
		/* else */;
S_3412_0: /* 2 */
		goto S_3419_0;	/* 'goto' */
S_3413_2: /* 3 */
		Uerror("blocking sel in d_step (nr.320, near line 502)");
S_3415_0: /* 2 */
		goto S_3419_0;	/* 'break' */
S_3419_0: /* 2 */
S_3416_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3419_1;
S_3417_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_3420_0;
S_3419_1: /* 3 */
S_3418_0: /* 2 */
		/* else */;
		goto S_3420_0;
S_3419_2: /* 3 */
		Uerror("blocking sel in d_step (nr.321, near line 502)");
S_3420_0: /* 2 */
S_3448_0: /* 2 */
S_3445_0: /* 2 */
S_3444_0: /* 2 */
S_3421_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3444_1;
S_3422_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3423_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3424_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3440_0: /* 2 */
S_3425_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_3440_1;
S_3426_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3441_0;
S_3440_1: /* 3 */
S_3427_0: /* 2 */
		/* else */;
S_3439_0: /* 2 */
S_3428_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3435_0: /* 2 */
S_3434_0: /* 2 */
S_3429_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_3434_1;
S_3430_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_3431_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3435_0; /* ';' */
S_3434_1: /* 3 */
S_3432_0: /* 2 */
		/* else */;
S_3433_0: /* 2 */
		goto S_3437_0;	/* 'goto' */
S_3434_2: /* 3 */
		Uerror("blocking sel in d_step (nr.322, near line 136)");
S_3436_0: /* 2 */
		goto S_3437_0;	/* 'break' */
S_3437_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_3438_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_3441_0;
		goto S_3441_0;
S_3440_2: /* 3 */
		Uerror("blocking sel in d_step (nr.323, near line 151)");
S_3441_0: /* 2 */
		goto S_3445_0; /* '.' */
		goto S_3445_0; /* ';' */
S_3444_1: /* 3 */
S_3442_0: /* 2 */
		/* else */;
S_3443_0: /* 2 */
		goto S_3447_0;	/* 'goto' */
S_3444_2: /* 3 */
		Uerror("blocking sel in d_step (nr.324, near line 148)");
S_3446_0: /* 2 */
		goto S_3447_0;	/* 'break' */
S_3447_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_3474_0;
S_3474_0: /* 2 */
S_3472_0: /* 2 */
S_3449_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3472_1;
S_3453_0: /* 2 */
S_3450_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3453_1;
S_3451_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3454_0;
S_3453_1: /* 3 */
S_3452_0: /* 2 */
		/* else */;
		goto S_3454_0;
S_3453_2: /* 3 */
		Uerror("blocking sel in d_step (nr.325, near line 181)");
S_3454_0: /* 2 */
S_3455_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3466_0: /* 2 */
S_3465_0: /* 2 */
S_3456_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3465_1;
S_3460_0: /* 2 */
S_3457_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3460_1;
S_3458_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3461_0;
S_3460_1: /* 3 */
S_3459_0: /* 2 */
		/* else */;
		goto S_3461_0;
S_3460_2: /* 3 */
		Uerror("blocking sel in d_step (nr.326, near line 183)");
S_3461_0: /* 2 */
S_3462_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3466_0; /* ';' */
S_3465_1: /* 3 */
S_3463_0: /* 2 */
		/* else */;
S_3464_0: /* 2 */
		goto S_3468_0;	/* 'goto' */
S_3465_2: /* 3 */
		Uerror("blocking sel in d_step (nr.327, near line 183)");
S_3467_0: /* 2 */
		goto S_3468_0;	/* 'break' */
S_3468_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3469_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3470_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3473_0;
S_3472_1: /* 3 */
S_3471_0: /* 2 */
		/* else */;
		goto S_3473_0;
S_3472_2: /* 3 */
		Uerror("blocking sel in d_step (nr.328, near line 179)");
S_3473_0: /* 2 */
		goto S_3475_0;
S_3475_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3483_0: /* 2 */
S_3482_0: /* 2 */
S_3476_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_3482_1;
S_3477_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_3478_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_3479_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3483_0; /* ';' */
S_3482_1: /* 3 */
S_3480_0: /* 2 */
		/* else */;
S_3481_0: /* 2 */
		goto S_3485_0;	/* 'goto' */
S_3482_2: /* 3 */
		Uerror("blocking sel in d_step (nr.329, near line 502)");
S_3484_0: /* 2 */
		goto S_3485_0;	/* 'break' */
S_3485_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3486_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3487_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3490_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 222: // STATE 3152 - memflush.pml:502 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3152] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 223: // STATE 3153 - memflush.pml:502 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3153] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 224: // STATE 3154 - memflush.pml:502 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3154] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 225: // STATE 3156 - memflush.pml:502 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3156] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 226: // STATE 3158 - memflush.pml:502 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3158] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 227: // STATE 3159 - memflush.pml:502 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][3159] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 228: // STATE 3168 - memflush.pml:502 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][3168] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 229: // STATE 3177 - memflush.pml:502 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3177] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 230: // STATE 3180 - memflush.pml:502 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3180] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 231: // STATE 3181 - memflush.pml:502 - [expected = (expected-sn[((me*2)+a)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3181] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 232: // STATE 3183 - memflush.pml:502 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3183] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 233: // STATE 3184 - memflush.pml:502 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3184] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 234: // STATE 3187 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][3187] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3524_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3525_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_3528_0;
S_3528_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 235: // STATE 3190 - memflush.pml:502 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][3190] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 236: // STATE 3203 - memflush.pml:502 - [D_STEP502]
		IfNotBlocked

		reached[3][3203] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3530_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:a)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3531_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:a)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3532_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:a)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3533_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:a)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3534_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:a)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3540_0: /* 2 */
S_3535_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==1)))
			goto S_3540_1;
S_3536_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:a)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_3541_0;
S_3540_1: /* 3 */
S_3537_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])>=2)))
			goto S_3540_2;
S_3538_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_3541_0;
S_3540_2: /* 3 */
S_3539_0: /* 2 */
		/* else */;
		goto S_3541_0;
S_3540_3: /* 3 */
		Uerror("blocking sel in d_step (nr.330, near line 502)");
S_3541_0: /* 2 */
		goto S_3544_0;
S_3544_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 237: // STATE 3206 - memflush.pml:502 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][3206] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 238: // STATE 3211 - memflush.pml:503 - [((k==0))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3211] = 1;
		if (!((((int)((P3 *)_this)->k)==0)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: k */  (trpt+1)->bup.oval = ((P3 *)_this)->k;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->k = 0;
		_m = 3; goto P999; /* 0 */
	case 239: // STATE 3212 - memflush.pml:504 - [((a==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3212] = 1;
		if (!((((int)((P3 *)_this)->a)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: a */  (trpt+1)->bup.oval = ((P3 *)_this)->a;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->a = 0;
		_m = 3; goto P999; /* 0 */
	case 240: // STATE 3217 - memflush.pml:505 - [sent = 0] (0:0:1 - 2)
		IfNotBlocked
		reached[3][3217] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 241: // STATE 3221 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			continue;

		reached[3][3221] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3557_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			Uerror("block in d_step seq");
S_3558_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3559_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3571_0;
S_3571_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 242: // STATE 3226 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && (((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[3][3226] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3561_0: /* 2 */
		if (!((((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_3562_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_3563_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3564_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3571_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 243: // STATE 3230 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			continue;

		reached[3][3230] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3566_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			Uerror("block in d_step seq");
S_3567_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_3568_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3571_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 244: // STATE 3233 - memflush.pml:505 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3233] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 245: // STATE 3234 - memflush.pml:505 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3234] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 246: // STATE 3247 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3247] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3574_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3575_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3576_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3577_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3578_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_3584_0: /* 2 */
S_3579_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_3584_1;
S_3580_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_3585_0;
S_3584_1: /* 3 */
S_3581_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_3584_2;
S_3582_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_3585_0;
S_3584_2: /* 3 */
S_3583_0: /* 2 */
		/* else */;
		goto S_3585_0;
S_3584_3: /* 3 */
		Uerror("blocking sel in d_step (nr.331, near line 505)");
S_3585_0: /* 2 */
		goto S_3599_0;
S_3599_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 247: // STATE 3260 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3260] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3587_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3588_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3589_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3590_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3591_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_3597_0: /* 2 */
S_3592_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_3597_1;
S_3593_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_3598_0;
S_3597_1: /* 3 */
S_3594_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_3597_2;
S_3595_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_3598_0;
S_3597_2: /* 3 */
S_3596_0: /* 2 */
		/* else */;
		goto S_3598_0;
S_3597_3: /* 3 */
		Uerror("blocking sel in d_step (nr.332, near line 505)");
S_3598_0: /* 2 */
		goto S_3600_0;
S_3600_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 248: // STATE 3261 - memflush.pml:505 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3261] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 249: // STATE 3262 - memflush.pml:505 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3262] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 250: // STATE 3350 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3350] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3602_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3603_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3615_0: /* 2 */
S_3614_0: /* 2 */
S_3604_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3614_1;
S_3609_0: /* 2 */
S_3605_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_3609_1;
S_3606_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_3607_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3610_0;
S_3609_1: /* 3 */
S_3608_0: /* 2 */
		/* else */;
		goto S_3610_0;
S_3609_2: /* 3 */
		Uerror("blocking sel in d_step (nr.333, near line 505)");
S_3610_0: /* 2 */
S_3611_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3615_0; /* ';' */
S_3614_1: /* 3 */
S_3612_0: /* 2 */
		/* else */;
S_3613_0: /* 2 */
		goto S_3620_0;	/* 'goto' */
S_3614_2: /* 3 */
		Uerror("blocking sel in d_step (nr.334, near line 505)");
S_3616_0: /* 2 */
		goto S_3620_0;	/* 'break' */
S_3620_0: /* 2 */
S_3617_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3620_1;
S_3618_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_3621_0;
S_3620_1: /* 3 */
S_3619_0: /* 2 */
		/* else */;
		goto S_3621_0;
S_3620_2: /* 3 */
		Uerror("blocking sel in d_step (nr.335, near line 505)");
S_3621_0: /* 2 */
S_3649_0: /* 2 */
S_3646_0: /* 2 */
S_3645_0: /* 2 */
S_3622_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3645_1;
S_3623_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3624_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3625_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3641_0: /* 2 */
S_3626_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_3641_1;
S_3627_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3642_0;
S_3641_1: /* 3 */
S_3628_0: /* 2 */
		/* else */;
S_3640_0: /* 2 */
S_3629_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3636_0: /* 2 */
S_3635_0: /* 2 */
S_3630_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_3635_1;
S_3631_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_3632_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3636_0; /* ';' */
S_3635_1: /* 3 */
S_3633_0: /* 2 */
		/* else */;
S_3634_0: /* 2 */
		goto S_3638_0;	/* 'goto' */
S_3635_2: /* 3 */
		Uerror("blocking sel in d_step (nr.336, near line 136)");
S_3637_0: /* 2 */
		goto S_3638_0;	/* 'break' */
S_3638_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_3639_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_3642_0;
		goto S_3642_0;
S_3641_2: /* 3 */
		Uerror("blocking sel in d_step (nr.337, near line 151)");
S_3642_0: /* 2 */
		goto S_3646_0; /* '.' */
		goto S_3646_0; /* ';' */
S_3645_1: /* 3 */
S_3643_0: /* 2 */
		/* else */;
S_3644_0: /* 2 */
		goto S_3648_0;	/* 'goto' */
S_3645_2: /* 3 */
		Uerror("blocking sel in d_step (nr.338, near line 148)");
S_3647_0: /* 2 */
		goto S_3648_0;	/* 'break' */
S_3648_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_3675_0;
S_3675_0: /* 2 */
S_3673_0: /* 2 */
S_3650_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3673_1;
S_3654_0: /* 2 */
S_3651_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3654_1;
S_3652_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3655_0;
S_3654_1: /* 3 */
S_3653_0: /* 2 */
		/* else */;
		goto S_3655_0;
S_3654_2: /* 3 */
		Uerror("blocking sel in d_step (nr.339, near line 181)");
S_3655_0: /* 2 */
S_3656_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3667_0: /* 2 */
S_3666_0: /* 2 */
S_3657_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3666_1;
S_3661_0: /* 2 */
S_3658_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3661_1;
S_3659_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3662_0;
S_3661_1: /* 3 */
S_3660_0: /* 2 */
		/* else */;
		goto S_3662_0;
S_3661_2: /* 3 */
		Uerror("blocking sel in d_step (nr.340, near line 183)");
S_3662_0: /* 2 */
S_3663_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3667_0; /* ';' */
S_3666_1: /* 3 */
S_3664_0: /* 2 */
		/* else */;
S_3665_0: /* 2 */
		goto S_3669_0;	/* 'goto' */
S_3666_2: /* 3 */
		Uerror("blocking sel in d_step (nr.341, near line 183)");
S_3668_0: /* 2 */
		goto S_3669_0;	/* 'break' */
S_3669_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3670_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3671_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3674_0;
S_3673_1: /* 3 */
S_3672_0: /* 2 */
		/* else */;
		goto S_3674_0;
S_3673_2: /* 3 */
		Uerror("blocking sel in d_step (nr.342, near line 179)");
S_3674_0: /* 2 */
		goto S_3676_0;
S_3676_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3684_0: /* 2 */
S_3683_0: /* 2 */
S_3677_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_3683_1;
S_3678_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_3679_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_3680_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3684_0; /* ';' */
S_3683_1: /* 3 */
S_3681_0: /* 2 */
		/* else */;
S_3682_0: /* 2 */
		goto S_3686_0;	/* 'goto' */
S_3683_2: /* 3 */
		Uerror("blocking sel in d_step (nr.343, near line 505)");
S_3685_0: /* 2 */
		goto S_3686_0;	/* 'break' */
S_3686_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3687_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3688_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3785_0;
S_3785_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 251: // STATE 3354 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3354] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3690_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3691_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3692_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3785_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 252: // STATE 3444 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3444] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3694_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3695_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3696_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3697_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3709_0: /* 2 */
S_3708_0: /* 2 */
S_3698_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3708_1;
S_3703_0: /* 2 */
S_3699_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_3703_1;
S_3700_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_3701_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3704_0;
S_3703_1: /* 3 */
S_3702_0: /* 2 */
		/* else */;
		goto S_3704_0;
S_3703_2: /* 3 */
		Uerror("blocking sel in d_step (nr.344, near line 505)");
S_3704_0: /* 2 */
S_3705_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3709_0; /* ';' */
S_3708_1: /* 3 */
S_3706_0: /* 2 */
		/* else */;
S_3707_0: /* 2 */
		goto S_3714_0;	/* 'goto' */
S_3708_2: /* 3 */
		Uerror("blocking sel in d_step (nr.345, near line 505)");
S_3710_0: /* 2 */
		goto S_3714_0;	/* 'break' */
S_3714_0: /* 2 */
S_3711_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3714_1;
S_3712_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_3715_0;
S_3714_1: /* 3 */
S_3713_0: /* 2 */
		/* else */;
		goto S_3715_0;
S_3714_2: /* 3 */
		Uerror("blocking sel in d_step (nr.346, near line 505)");
S_3715_0: /* 2 */
S_3743_0: /* 2 */
S_3740_0: /* 2 */
S_3739_0: /* 2 */
S_3716_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3739_1;
S_3717_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3718_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3719_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3735_0: /* 2 */
S_3720_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_3735_1;
S_3721_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3736_0;
S_3735_1: /* 3 */
S_3722_0: /* 2 */
		/* else */;
S_3734_0: /* 2 */
S_3723_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3730_0: /* 2 */
S_3729_0: /* 2 */
S_3724_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_3729_1;
S_3725_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_3726_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3730_0; /* ';' */
S_3729_1: /* 3 */
S_3727_0: /* 2 */
		/* else */;
S_3728_0: /* 2 */
		goto S_3732_0;	/* 'goto' */
S_3729_2: /* 3 */
		Uerror("blocking sel in d_step (nr.347, near line 136)");
S_3731_0: /* 2 */
		goto S_3732_0;	/* 'break' */
S_3732_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_3733_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_3736_0;
		goto S_3736_0;
S_3735_2: /* 3 */
		Uerror("blocking sel in d_step (nr.348, near line 151)");
S_3736_0: /* 2 */
		goto S_3740_0; /* '.' */
		goto S_3740_0; /* ';' */
S_3739_1: /* 3 */
S_3737_0: /* 2 */
		/* else */;
S_3738_0: /* 2 */
		goto S_3742_0;	/* 'goto' */
S_3739_2: /* 3 */
		Uerror("blocking sel in d_step (nr.349, near line 148)");
S_3741_0: /* 2 */
		goto S_3742_0;	/* 'break' */
S_3742_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_3769_0;
S_3769_0: /* 2 */
S_3767_0: /* 2 */
S_3744_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3767_1;
S_3748_0: /* 2 */
S_3745_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3748_1;
S_3746_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3749_0;
S_3748_1: /* 3 */
S_3747_0: /* 2 */
		/* else */;
		goto S_3749_0;
S_3748_2: /* 3 */
		Uerror("blocking sel in d_step (nr.350, near line 181)");
S_3749_0: /* 2 */
S_3750_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3761_0: /* 2 */
S_3760_0: /* 2 */
S_3751_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3760_1;
S_3755_0: /* 2 */
S_3752_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3755_1;
S_3753_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3756_0;
S_3755_1: /* 3 */
S_3754_0: /* 2 */
		/* else */;
		goto S_3756_0;
S_3755_2: /* 3 */
		Uerror("blocking sel in d_step (nr.351, near line 183)");
S_3756_0: /* 2 */
S_3757_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3761_0; /* ';' */
S_3760_1: /* 3 */
S_3758_0: /* 2 */
		/* else */;
S_3759_0: /* 2 */
		goto S_3763_0;	/* 'goto' */
S_3760_2: /* 3 */
		Uerror("blocking sel in d_step (nr.352, near line 183)");
S_3762_0: /* 2 */
		goto S_3763_0;	/* 'break' */
S_3763_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3764_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3765_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3768_0;
S_3767_1: /* 3 */
S_3766_0: /* 2 */
		/* else */;
		goto S_3768_0;
S_3767_2: /* 3 */
		Uerror("blocking sel in d_step (nr.353, near line 179)");
S_3768_0: /* 2 */
		goto S_3770_0;
S_3770_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3778_0: /* 2 */
S_3777_0: /* 2 */
S_3771_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_3777_1;
S_3772_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_3773_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_3774_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3778_0; /* ';' */
S_3777_1: /* 3 */
S_3775_0: /* 2 */
		/* else */;
S_3776_0: /* 2 */
		goto S_3780_0;	/* 'goto' */
S_3777_2: /* 3 */
		Uerror("blocking sel in d_step (nr.354, near line 505)");
S_3779_0: /* 2 */
		goto S_3780_0;	/* 'break' */
S_3780_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3781_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3782_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_3785_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 253: // STATE 3447 - memflush.pml:505 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3447] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 254: // STATE 3448 - memflush.pml:505 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3448] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 255: // STATE 3449 - memflush.pml:505 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3449] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 256: // STATE 3451 - memflush.pml:505 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3451] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 257: // STATE 3453 - memflush.pml:505 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3453] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 258: // STATE 3454 - memflush.pml:505 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][3454] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 259: // STATE 3463 - memflush.pml:505 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][3463] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 260: // STATE 3467 - memflush.pml:505 - [(!(fail))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3467] = 1;
		if (!( !(((int)((P3 *)_this)->fail))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 261: // STATE 3502 - memflush.pml:505 - [D_STEP505]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][3502] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3839_0: /* 2 */
S_3808_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_3839_1;
S_3837_0: /* 2 */
S_3834_0: /* 2 */
S_3832_0: /* 2 */
S_3809_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3832_1;
S_3813_0: /* 2 */
S_3810_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3813_1;
S_3811_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3814_0;
S_3813_1: /* 3 */
S_3812_0: /* 2 */
		/* else */;
		goto S_3814_0;
S_3813_2: /* 3 */
		Uerror("blocking sel in d_step (nr.355, near line 181)");
S_3814_0: /* 2 */
S_3815_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3826_0: /* 2 */
S_3825_0: /* 2 */
S_3816_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3825_1;
S_3820_0: /* 2 */
S_3817_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3820_1;
S_3818_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3821_0;
S_3820_1: /* 3 */
S_3819_0: /* 2 */
		/* else */;
		goto S_3821_0;
S_3820_2: /* 3 */
		Uerror("blocking sel in d_step (nr.356, near line 183)");
S_3821_0: /* 2 */
S_3822_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3826_0; /* ';' */
S_3825_1: /* 3 */
S_3823_0: /* 2 */
		/* else */;
S_3824_0: /* 2 */
		goto S_3828_0;	/* 'goto' */
S_3825_2: /* 3 */
		Uerror("blocking sel in d_step (nr.357, near line 183)");
S_3827_0: /* 2 */
		goto S_3828_0;	/* 'break' */
S_3828_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3829_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3830_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3833_0;
S_3832_1: /* 3 */
S_3831_0: /* 2 */
		/* else */;
		goto S_3833_0;
S_3832_2: /* 3 */
		Uerror("blocking sel in d_step (nr.358, near line 179)");
S_3833_0: /* 2 */
		goto S_3835_0;
S_3835_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3836_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_3840_0;
S_3839_1: /* 3 */
S_3838_0: /* 2 */
		/* else */;
		goto S_3840_0;
S_3839_2: /* 3 */
		Uerror("blocking sel in d_step (nr.359, near line 505)");
S_3840_0: /* 2 */
		goto S_3843_0;
S_3843_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 262: // STATE 3505 - memflush.pml:505 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][3505] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 263: // STATE 3506 - memflush.pml:505 - [(slost[((me*2)+a)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3506] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 264: // STATE 3621 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3621] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3848_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_3956_0: /* 2 */
S_3849_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_3956_1;
S_3878_0: /* 2 */
S_3850_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_3878_1;
S_3876_0: /* 2 */
S_3874_0: /* 2 */
S_3851_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3874_1;
S_3855_0: /* 2 */
S_3852_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3855_1;
S_3853_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3856_0;
S_3855_1: /* 3 */
S_3854_0: /* 2 */
		/* else */;
		goto S_3856_0;
S_3855_2: /* 3 */
		Uerror("blocking sel in d_step (nr.360, near line 181)");
S_3856_0: /* 2 */
S_3857_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3868_0: /* 2 */
S_3867_0: /* 2 */
S_3858_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3867_1;
S_3862_0: /* 2 */
S_3859_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3862_1;
S_3860_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3863_0;
S_3862_1: /* 3 */
S_3861_0: /* 2 */
		/* else */;
		goto S_3863_0;
S_3862_2: /* 3 */
		Uerror("blocking sel in d_step (nr.361, near line 183)");
S_3863_0: /* 2 */
S_3864_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3868_0; /* ';' */
S_3867_1: /* 3 */
S_3865_0: /* 2 */
		/* else */;
S_3866_0: /* 2 */
		goto S_3870_0;	/* 'goto' */
S_3867_2: /* 3 */
		Uerror("blocking sel in d_step (nr.362, near line 183)");
S_3869_0: /* 2 */
		goto S_3870_0;	/* 'break' */
S_3870_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3871_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3872_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3875_0;
S_3874_1: /* 3 */
S_3873_0: /* 2 */
		/* else */;
		goto S_3875_0;
S_3874_2: /* 3 */
		Uerror("blocking sel in d_step (nr.363, near line 179)");
S_3875_0: /* 2 */
		goto S_3879_0;
S_3878_1: /* 3 */
S_3877_0: /* 2 */
		/* else */;
		goto S_3879_0;
S_3878_2: /* 3 */
		Uerror("blocking sel in d_step (nr.364, near line 505)");
S_3879_0: /* 2 */
S_3880_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_3957_0;
S_3956_1: /* 3 */
S_3881_0: /* 2 */
		/* else */;
S_3882_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3895_0: /* 2 */
S_3894_0: /* 2 */
S_3883_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_3894_1;
S_3889_0: /* 2 */
S_3884_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_3889_1;
S_3885_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_3886_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_3887_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3890_0;
S_3889_1: /* 3 */
S_3888_0: /* 2 */
		/* else */;
		goto S_3890_0;
S_3889_2: /* 3 */
		Uerror("blocking sel in d_step (nr.365, near line 505)");
S_3890_0: /* 2 */
S_3891_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3895_0; /* ';' */
S_3894_1: /* 3 */
S_3892_0: /* 2 */
		/* else */;
S_3893_0: /* 2 */
		goto S_3897_0;	/* 'goto' */
S_3894_2: /* 3 */
		Uerror("blocking sel in d_step (nr.366, near line 505)");
S_3896_0: /* 2 */
		goto S_3897_0;	/* 'break' */
S_3897_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3918_0: /* 2 */
S_3917_0: /* 2 */
S_3898_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_3917_1;
S_3912_0: /* 2 */
S_3899_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3900_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3907_0: /* 2 */
S_3906_0: /* 2 */
S_3901_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_3906_1;
S_3902_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_3903_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3907_0; /* ';' */
S_3906_1: /* 3 */
S_3904_0: /* 2 */
		/* else */;
S_3905_0: /* 2 */
		goto S_3909_0;	/* 'goto' */
S_3906_2: /* 3 */
		Uerror("blocking sel in d_step (nr.367, near line 141)");
S_3908_0: /* 2 */
		goto S_3909_0;	/* 'break' */
S_3909_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_3910_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_3911_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3913_0;
S_3913_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_3914_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_3918_0; /* ';' */
S_3917_1: /* 3 */
S_3915_0: /* 2 */
		/* else */;
S_3916_0: /* 2 */
		goto S_3920_0;	/* 'goto' */
S_3917_2: /* 3 */
		Uerror("blocking sel in d_step (nr.368, near line 505)");
S_3919_0: /* 2 */
		goto S_3920_0;	/* 'break' */
S_3920_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_3921_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_3922_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_3923_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_3952_0: /* 2 */
S_3924_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_3952_1;
S_3950_0: /* 2 */
S_3948_0: /* 2 */
S_3925_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3948_1;
S_3929_0: /* 2 */
S_3926_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3929_1;
S_3927_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3930_0;
S_3929_1: /* 3 */
S_3928_0: /* 2 */
		/* else */;
		goto S_3930_0;
S_3929_2: /* 3 */
		Uerror("blocking sel in d_step (nr.369, near line 181)");
S_3930_0: /* 2 */
S_3931_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3942_0: /* 2 */
S_3941_0: /* 2 */
S_3932_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3941_1;
S_3936_0: /* 2 */
S_3933_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3936_1;
S_3934_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3937_0;
S_3936_1: /* 3 */
S_3935_0: /* 2 */
		/* else */;
		goto S_3937_0;
S_3936_2: /* 3 */
		Uerror("blocking sel in d_step (nr.370, near line 183)");
S_3937_0: /* 2 */
S_3938_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3942_0; /* ';' */
S_3941_1: /* 3 */
S_3939_0: /* 2 */
		/* else */;
S_3940_0: /* 2 */
		goto S_3944_0;	/* 'goto' */
S_3941_2: /* 3 */
		Uerror("blocking sel in d_step (nr.371, near line 183)");
S_3943_0: /* 2 */
		goto S_3944_0;	/* 'break' */
S_3944_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3945_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3946_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3949_0;
S_3948_1: /* 3 */
S_3947_0: /* 2 */
		/* else */;
		goto S_3949_0;
S_3948_2: /* 3 */
		Uerror("blocking sel in d_step (nr.372, near line 179)");
S_3949_0: /* 2 */
		goto S_3953_0;
S_3952_1: /* 3 */
S_3951_0: /* 2 */
		/* else */;
		goto S_3953_0;
S_3952_2: /* 3 */
		Uerror("blocking sel in d_step (nr.373, near line 505)");
S_3953_0: /* 2 */
S_3954_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3955_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_3957_0;
S_3956_2: /* 3 */
		Uerror("blocking sel in d_step (nr.374, near line 505)");
S_3957_0: /* 2 */
S_3958_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_3959_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4081_0;
S_4081_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 265: // STATE 3625 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3625] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3961_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3962_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3963_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4081_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 266: // STATE 3740 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3740] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3965_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_3966_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_3967_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_4075_0: /* 2 */
S_3968_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_4075_1;
S_3997_0: /* 2 */
S_3969_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_3997_1;
S_3995_0: /* 2 */
S_3993_0: /* 2 */
S_3970_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_3993_1;
S_3974_0: /* 2 */
S_3971_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_3974_1;
S_3972_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_3975_0;
S_3974_1: /* 3 */
S_3973_0: /* 2 */
		/* else */;
		goto S_3975_0;
S_3974_2: /* 3 */
		Uerror("blocking sel in d_step (nr.375, near line 181)");
S_3975_0: /* 2 */
S_3976_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_3987_0: /* 2 */
S_3986_0: /* 2 */
S_3977_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_3986_1;
S_3981_0: /* 2 */
S_3978_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_3981_1;
S_3979_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_3982_0;
S_3981_1: /* 3 */
S_3980_0: /* 2 */
		/* else */;
		goto S_3982_0;
S_3981_2: /* 3 */
		Uerror("blocking sel in d_step (nr.376, near line 183)");
S_3982_0: /* 2 */
S_3983_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3987_0; /* ';' */
S_3986_1: /* 3 */
S_3984_0: /* 2 */
		/* else */;
S_3985_0: /* 2 */
		goto S_3989_0;	/* 'goto' */
S_3986_2: /* 3 */
		Uerror("blocking sel in d_step (nr.377, near line 183)");
S_3988_0: /* 2 */
		goto S_3989_0;	/* 'break' */
S_3989_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_3990_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_3991_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_3994_0;
S_3993_1: /* 3 */
S_3992_0: /* 2 */
		/* else */;
		goto S_3994_0;
S_3993_2: /* 3 */
		Uerror("blocking sel in d_step (nr.378, near line 179)");
S_3994_0: /* 2 */
		goto S_3998_0;
S_3997_1: /* 3 */
S_3996_0: /* 2 */
		/* else */;
		goto S_3998_0;
S_3997_2: /* 3 */
		Uerror("blocking sel in d_step (nr.379, near line 505)");
S_3998_0: /* 2 */
S_3999_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_4076_0;
S_4075_1: /* 3 */
S_4000_0: /* 2 */
		/* else */;
S_4001_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4014_0: /* 2 */
S_4013_0: /* 2 */
S_4002_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_4013_1;
S_4008_0: /* 2 */
S_4003_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_4008_1;
S_4004_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_4005_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_4006_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4009_0;
S_4008_1: /* 3 */
S_4007_0: /* 2 */
		/* else */;
		goto S_4009_0;
S_4008_2: /* 3 */
		Uerror("blocking sel in d_step (nr.380, near line 505)");
S_4009_0: /* 2 */
S_4010_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4014_0; /* ';' */
S_4013_1: /* 3 */
S_4011_0: /* 2 */
		/* else */;
S_4012_0: /* 2 */
		goto S_4016_0;	/* 'goto' */
S_4013_2: /* 3 */
		Uerror("blocking sel in d_step (nr.381, near line 505)");
S_4015_0: /* 2 */
		goto S_4016_0;	/* 'break' */
S_4016_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4037_0: /* 2 */
S_4036_0: /* 2 */
S_4017_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_4036_1;
S_4031_0: /* 2 */
S_4018_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4019_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4026_0: /* 2 */
S_4025_0: /* 2 */
S_4020_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4025_1;
S_4021_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_4022_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4026_0; /* ';' */
S_4025_1: /* 3 */
S_4023_0: /* 2 */
		/* else */;
S_4024_0: /* 2 */
		goto S_4028_0;	/* 'goto' */
S_4025_2: /* 3 */
		Uerror("blocking sel in d_step (nr.382, near line 141)");
S_4027_0: /* 2 */
		goto S_4028_0;	/* 'break' */
S_4028_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4029_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4030_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4032_0;
S_4032_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_4033_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4037_0; /* ';' */
S_4036_1: /* 3 */
S_4034_0: /* 2 */
		/* else */;
S_4035_0: /* 2 */
		goto S_4039_0;	/* 'goto' */
S_4036_2: /* 3 */
		Uerror("blocking sel in d_step (nr.383, near line 505)");
S_4038_0: /* 2 */
		goto S_4039_0;	/* 'break' */
S_4039_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_4040_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_4041_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4042_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4071_0: /* 2 */
S_4043_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_4071_1;
S_4069_0: /* 2 */
S_4067_0: /* 2 */
S_4044_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4067_1;
S_4048_0: /* 2 */
S_4045_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4048_1;
S_4046_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4049_0;
S_4048_1: /* 3 */
S_4047_0: /* 2 */
		/* else */;
		goto S_4049_0;
S_4048_2: /* 3 */
		Uerror("blocking sel in d_step (nr.384, near line 181)");
S_4049_0: /* 2 */
S_4050_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4061_0: /* 2 */
S_4060_0: /* 2 */
S_4051_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4060_1;
S_4055_0: /* 2 */
S_4052_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4055_1;
S_4053_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4056_0;
S_4055_1: /* 3 */
S_4054_0: /* 2 */
		/* else */;
		goto S_4056_0;
S_4055_2: /* 3 */
		Uerror("blocking sel in d_step (nr.385, near line 183)");
S_4056_0: /* 2 */
S_4057_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4061_0; /* ';' */
S_4060_1: /* 3 */
S_4058_0: /* 2 */
		/* else */;
S_4059_0: /* 2 */
		goto S_4063_0;	/* 'goto' */
S_4060_2: /* 3 */
		Uerror("blocking sel in d_step (nr.386, near line 183)");
S_4062_0: /* 2 */
		goto S_4063_0;	/* 'break' */
S_4063_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4064_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4065_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4068_0;
S_4067_1: /* 3 */
S_4066_0: /* 2 */
		/* else */;
		goto S_4068_0;
S_4067_2: /* 3 */
		Uerror("blocking sel in d_step (nr.387, near line 179)");
S_4068_0: /* 2 */
		goto S_4072_0;
S_4071_1: /* 3 */
S_4070_0: /* 2 */
		/* else */;
		goto S_4072_0;
S_4071_2: /* 3 */
		Uerror("blocking sel in d_step (nr.388, near line 505)");
S_4072_0: /* 2 */
S_4073_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4074_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_4076_0;
S_4075_2: /* 3 */
		Uerror("blocking sel in d_step (nr.389, near line 505)");
S_4076_0: /* 2 */
S_4077_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_4078_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4081_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 267: // STATE 3743 - memflush.pml:505 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3743] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 268: // STATE 3745 - memflush.pml:505 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3745] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 269: // STATE 3746 - memflush.pml:505 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3746] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 270: // STATE 3748 - memflush.pml:505 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][3748] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 271: // STATE 3761 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3761] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4088_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4089_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4090_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4091_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4092_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4098_0: /* 2 */
S_4093_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_4098_1;
S_4094_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_4099_0;
S_4098_1: /* 3 */
S_4095_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_4098_2;
S_4096_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_4099_0;
S_4098_2: /* 3 */
S_4097_0: /* 2 */
		/* else */;
		goto S_4099_0;
S_4098_3: /* 3 */
		Uerror("blocking sel in d_step (nr.390, near line 505)");
S_4099_0: /* 2 */
		goto S_4113_0;
S_4113_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 272: // STATE 3774 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3774] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4101_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4102_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4103_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4104_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4105_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4111_0: /* 2 */
S_4106_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_4111_1;
S_4107_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_4112_0;
S_4111_1: /* 3 */
S_4108_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_4111_2;
S_4109_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_4112_0;
S_4111_2: /* 3 */
S_4110_0: /* 2 */
		/* else */;
		goto S_4112_0;
S_4111_3: /* 3 */
		Uerror("blocking sel in d_step (nr.391, near line 505)");
S_4112_0: /* 2 */
		goto S_4114_0;
S_4114_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 273: // STATE 3775 - memflush.pml:505 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3775] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 274: // STATE 3776 - memflush.pml:505 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3776] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 275: // STATE 3864 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3864] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4116_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4117_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4129_0: /* 2 */
S_4128_0: /* 2 */
S_4118_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4128_1;
S_4123_0: /* 2 */
S_4119_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_4123_1;
S_4120_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_4121_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4124_0;
S_4123_1: /* 3 */
S_4122_0: /* 2 */
		/* else */;
		goto S_4124_0;
S_4123_2: /* 3 */
		Uerror("blocking sel in d_step (nr.392, near line 505)");
S_4124_0: /* 2 */
S_4125_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4129_0; /* ';' */
S_4128_1: /* 3 */
S_4126_0: /* 2 */
		/* else */;
S_4127_0: /* 2 */
		goto S_4134_0;	/* 'goto' */
S_4128_2: /* 3 */
		Uerror("blocking sel in d_step (nr.393, near line 505)");
S_4130_0: /* 2 */
		goto S_4134_0;	/* 'break' */
S_4134_0: /* 2 */
S_4131_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4134_1;
S_4132_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_4135_0;
S_4134_1: /* 3 */
S_4133_0: /* 2 */
		/* else */;
		goto S_4135_0;
S_4134_2: /* 3 */
		Uerror("blocking sel in d_step (nr.394, near line 505)");
S_4135_0: /* 2 */
S_4163_0: /* 2 */
S_4160_0: /* 2 */
S_4159_0: /* 2 */
S_4136_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4159_1;
S_4137_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4138_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4139_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4155_0: /* 2 */
S_4140_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_4155_1;
S_4141_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_4156_0;
S_4155_1: /* 3 */
S_4142_0: /* 2 */
		/* else */;
S_4154_0: /* 2 */
S_4143_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4150_0: /* 2 */
S_4149_0: /* 2 */
S_4144_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_4149_1;
S_4145_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_4146_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4150_0; /* ';' */
S_4149_1: /* 3 */
S_4147_0: /* 2 */
		/* else */;
S_4148_0: /* 2 */
		goto S_4152_0;	/* 'goto' */
S_4149_2: /* 3 */
		Uerror("blocking sel in d_step (nr.395, near line 136)");
S_4151_0: /* 2 */
		goto S_4152_0;	/* 'break' */
S_4152_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_4153_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_4156_0;
		goto S_4156_0;
S_4155_2: /* 3 */
		Uerror("blocking sel in d_step (nr.396, near line 151)");
S_4156_0: /* 2 */
		goto S_4160_0; /* '.' */
		goto S_4160_0; /* ';' */
S_4159_1: /* 3 */
S_4157_0: /* 2 */
		/* else */;
S_4158_0: /* 2 */
		goto S_4162_0;	/* 'goto' */
S_4159_2: /* 3 */
		Uerror("blocking sel in d_step (nr.397, near line 148)");
S_4161_0: /* 2 */
		goto S_4162_0;	/* 'break' */
S_4162_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_4189_0;
S_4189_0: /* 2 */
S_4187_0: /* 2 */
S_4164_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4187_1;
S_4168_0: /* 2 */
S_4165_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4168_1;
S_4166_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4169_0;
S_4168_1: /* 3 */
S_4167_0: /* 2 */
		/* else */;
		goto S_4169_0;
S_4168_2: /* 3 */
		Uerror("blocking sel in d_step (nr.398, near line 181)");
S_4169_0: /* 2 */
S_4170_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4181_0: /* 2 */
S_4180_0: /* 2 */
S_4171_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4180_1;
S_4175_0: /* 2 */
S_4172_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4175_1;
S_4173_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4176_0;
S_4175_1: /* 3 */
S_4174_0: /* 2 */
		/* else */;
		goto S_4176_0;
S_4175_2: /* 3 */
		Uerror("blocking sel in d_step (nr.399, near line 183)");
S_4176_0: /* 2 */
S_4177_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4181_0; /* ';' */
S_4180_1: /* 3 */
S_4178_0: /* 2 */
		/* else */;
S_4179_0: /* 2 */
		goto S_4183_0;	/* 'goto' */
S_4180_2: /* 3 */
		Uerror("blocking sel in d_step (nr.400, near line 183)");
S_4182_0: /* 2 */
		goto S_4183_0;	/* 'break' */
S_4183_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4184_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4185_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4188_0;
S_4187_1: /* 3 */
S_4186_0: /* 2 */
		/* else */;
		goto S_4188_0;
S_4187_2: /* 3 */
		Uerror("blocking sel in d_step (nr.401, near line 179)");
S_4188_0: /* 2 */
		goto S_4190_0;
S_4190_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4198_0: /* 2 */
S_4197_0: /* 2 */
S_4191_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_4197_1;
S_4192_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_4193_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_4194_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4198_0; /* ';' */
S_4197_1: /* 3 */
S_4195_0: /* 2 */
		/* else */;
S_4196_0: /* 2 */
		goto S_4200_0;	/* 'goto' */
S_4197_2: /* 3 */
		Uerror("blocking sel in d_step (nr.402, near line 505)");
S_4199_0: /* 2 */
		goto S_4200_0;	/* 'break' */
S_4200_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4201_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4202_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4299_0;
S_4299_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 276: // STATE 3868 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3868] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4204_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_4205_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_4206_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4299_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 277: // STATE 3958 - memflush.pml:505 - [D_STEP505]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][3958] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4208_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_4209_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_4210_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4211_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4223_0: /* 2 */
S_4222_0: /* 2 */
S_4212_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4222_1;
S_4217_0: /* 2 */
S_4213_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_4217_1;
S_4214_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_4215_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4218_0;
S_4217_1: /* 3 */
S_4216_0: /* 2 */
		/* else */;
		goto S_4218_0;
S_4217_2: /* 3 */
		Uerror("blocking sel in d_step (nr.403, near line 505)");
S_4218_0: /* 2 */
S_4219_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4223_0; /* ';' */
S_4222_1: /* 3 */
S_4220_0: /* 2 */
		/* else */;
S_4221_0: /* 2 */
		goto S_4228_0;	/* 'goto' */
S_4222_2: /* 3 */
		Uerror("blocking sel in d_step (nr.404, near line 505)");
S_4224_0: /* 2 */
		goto S_4228_0;	/* 'break' */
S_4228_0: /* 2 */
S_4225_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4228_1;
S_4226_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_4229_0;
S_4228_1: /* 3 */
S_4227_0: /* 2 */
		/* else */;
		goto S_4229_0;
S_4228_2: /* 3 */
		Uerror("blocking sel in d_step (nr.405, near line 505)");
S_4229_0: /* 2 */
S_4257_0: /* 2 */
S_4254_0: /* 2 */
S_4253_0: /* 2 */
S_4230_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4253_1;
S_4231_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4232_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4233_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4249_0: /* 2 */
S_4234_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_4249_1;
S_4235_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_4250_0;
S_4249_1: /* 3 */
S_4236_0: /* 2 */
		/* else */;
S_4248_0: /* 2 */
S_4237_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4244_0: /* 2 */
S_4243_0: /* 2 */
S_4238_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_4243_1;
S_4239_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_4240_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4244_0; /* ';' */
S_4243_1: /* 3 */
S_4241_0: /* 2 */
		/* else */;
S_4242_0: /* 2 */
		goto S_4246_0;	/* 'goto' */
S_4243_2: /* 3 */
		Uerror("blocking sel in d_step (nr.406, near line 136)");
S_4245_0: /* 2 */
		goto S_4246_0;	/* 'break' */
S_4246_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_4247_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_4250_0;
		goto S_4250_0;
S_4249_2: /* 3 */
		Uerror("blocking sel in d_step (nr.407, near line 151)");
S_4250_0: /* 2 */
		goto S_4254_0; /* '.' */
		goto S_4254_0; /* ';' */
S_4253_1: /* 3 */
S_4251_0: /* 2 */
		/* else */;
S_4252_0: /* 2 */
		goto S_4256_0;	/* 'goto' */
S_4253_2: /* 3 */
		Uerror("blocking sel in d_step (nr.408, near line 148)");
S_4255_0: /* 2 */
		goto S_4256_0;	/* 'break' */
S_4256_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_4283_0;
S_4283_0: /* 2 */
S_4281_0: /* 2 */
S_4258_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4281_1;
S_4262_0: /* 2 */
S_4259_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4262_1;
S_4260_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4263_0;
S_4262_1: /* 3 */
S_4261_0: /* 2 */
		/* else */;
		goto S_4263_0;
S_4262_2: /* 3 */
		Uerror("blocking sel in d_step (nr.409, near line 181)");
S_4263_0: /* 2 */
S_4264_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4275_0: /* 2 */
S_4274_0: /* 2 */
S_4265_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4274_1;
S_4269_0: /* 2 */
S_4266_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4269_1;
S_4267_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4270_0;
S_4269_1: /* 3 */
S_4268_0: /* 2 */
		/* else */;
		goto S_4270_0;
S_4269_2: /* 3 */
		Uerror("blocking sel in d_step (nr.410, near line 183)");
S_4270_0: /* 2 */
S_4271_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4275_0; /* ';' */
S_4274_1: /* 3 */
S_4272_0: /* 2 */
		/* else */;
S_4273_0: /* 2 */
		goto S_4277_0;	/* 'goto' */
S_4274_2: /* 3 */
		Uerror("blocking sel in d_step (nr.411, near line 183)");
S_4276_0: /* 2 */
		goto S_4277_0;	/* 'break' */
S_4277_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4278_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4279_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4282_0;
S_4281_1: /* 3 */
S_4280_0: /* 2 */
		/* else */;
		goto S_4282_0;
S_4281_2: /* 3 */
		Uerror("blocking sel in d_step (nr.412, near line 179)");
S_4282_0: /* 2 */
		goto S_4284_0;
S_4284_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4292_0: /* 2 */
S_4291_0: /* 2 */
S_4285_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_4291_1;
S_4286_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_4287_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_4288_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4292_0; /* ';' */
S_4291_1: /* 3 */
S_4289_0: /* 2 */
		/* else */;
S_4290_0: /* 2 */
		goto S_4294_0;	/* 'goto' */
S_4291_2: /* 3 */
		Uerror("blocking sel in d_step (nr.413, near line 505)");
S_4293_0: /* 2 */
		goto S_4294_0;	/* 'break' */
S_4294_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4295_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4296_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4299_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 278: // STATE 3961 - memflush.pml:505 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3961] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 279: // STATE 3962 - memflush.pml:505 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3962] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 280: // STATE 3963 - memflush.pml:505 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3963] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 281: // STATE 3965 - memflush.pml:505 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3965] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 282: // STATE 3967 - memflush.pml:505 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3967] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 283: // STATE 3968 - memflush.pml:505 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][3968] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 284: // STATE 3977 - memflush.pml:505 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][3977] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 285: // STATE 3986 - memflush.pml:505 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][3986] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 286: // STATE 3989 - memflush.pml:505 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3989] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 287: // STATE 3990 - memflush.pml:505 - [expected = (expected-sn[((me*2)+a)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3990] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 288: // STATE 3992 - memflush.pml:505 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3992] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 289: // STATE 3993 - memflush.pml:505 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][3993] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 290: // STATE 3996 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][3996] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4333_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4334_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_4337_0;
S_4337_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 291: // STATE 3999 - memflush.pml:505 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][3999] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 292: // STATE 4012 - memflush.pml:505 - [D_STEP505]
		IfNotBlocked

		reached[3][4012] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4339_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:a)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_4340_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:a)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_4341_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:a)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_4342_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:a)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_4343_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:a)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_4349_0: /* 2 */
S_4344_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==1)))
			goto S_4349_1;
S_4345_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:a)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_4350_0;
S_4349_1: /* 3 */
S_4346_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])>=2)))
			goto S_4349_2;
S_4347_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_4350_0;
S_4349_2: /* 3 */
S_4348_0: /* 2 */
		/* else */;
		goto S_4350_0;
S_4349_3: /* 3 */
		Uerror("blocking sel in d_step (nr.414, near line 505)");
S_4350_0: /* 2 */
		goto S_4353_0;
S_4353_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 293: // STATE 4015 - memflush.pml:505 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][4015] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 294: // STATE 4030 - memflush.pml:509 - [D_STEP509]
		IfNotBlocked

		reached[3][4030] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4362_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = ((int)((P3 *)_this)->k);
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:b)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4363_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = ((int)((P3 *)_this)->got);
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:b)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4364_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = (((int)((P3 *)_this)->got)& ~((1<<2)));
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:b)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4365_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = (((int)((P3 *)_this)->got)&(1<<2));
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:b)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4366_0: /* 2 */
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)+((int)((P3 *)_this)->k));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
S_4367_0: /* 2 */
		((P3 *)_this)->k = 0;
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
S_4368_0: /* 2 */
		((P3 *)_this)->got = 0;
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
		goto S_7203_0;
S_7203_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 295: // STATE 4031 - memflush.pml:512 - [((a==2))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4031] = 1;
		if (!((((int)((P3 *)_this)->a)==2)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: a */  (trpt+1)->bup.oval = ((P3 *)_this)->a;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->a = 0;
		_m = 3; goto P999; /* 0 */
	case 296: // STATE 4032 - memflush.pml:515 - [((sg[((me*2)+b)]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4032] = 1;
		if (!((((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 297: // STATE 4067 - memflush.pml:515 - [D_STEP515]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][4067] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4404_0: /* 2 */
S_4373_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4404_1;
S_4402_0: /* 2 */
S_4399_0: /* 2 */
S_4397_0: /* 2 */
S_4374_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4397_1;
S_4378_0: /* 2 */
S_4375_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4378_1;
S_4376_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4379_0;
S_4378_1: /* 3 */
S_4377_0: /* 2 */
		/* else */;
		goto S_4379_0;
S_4378_2: /* 3 */
		Uerror("blocking sel in d_step (nr.415, near line 181)");
S_4379_0: /* 2 */
S_4380_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4391_0: /* 2 */
S_4390_0: /* 2 */
S_4381_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4390_1;
S_4385_0: /* 2 */
S_4382_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4385_1;
S_4383_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4386_0;
S_4385_1: /* 3 */
S_4384_0: /* 2 */
		/* else */;
		goto S_4386_0;
S_4385_2: /* 3 */
		Uerror("blocking sel in d_step (nr.416, near line 183)");
S_4386_0: /* 2 */
S_4387_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4391_0; /* ';' */
S_4390_1: /* 3 */
S_4388_0: /* 2 */
		/* else */;
S_4389_0: /* 2 */
		goto S_4393_0;	/* 'goto' */
S_4390_2: /* 3 */
		Uerror("blocking sel in d_step (nr.417, near line 183)");
S_4392_0: /* 2 */
		goto S_4393_0;	/* 'break' */
S_4393_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4394_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4395_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4398_0;
S_4397_1: /* 3 */
S_4396_0: /* 2 */
		/* else */;
		goto S_4398_0;
S_4397_2: /* 3 */
		Uerror("blocking sel in d_step (nr.418, near line 179)");
S_4398_0: /* 2 */
		goto S_4400_0;
S_4400_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4401_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_4405_0;
S_4404_1: /* 3 */
S_4403_0: /* 2 */
		/* else */;
		goto S_4405_0;
S_4404_2: /* 3 */
		Uerror("blocking sel in d_step (nr.419, near line 515)");
S_4405_0: /* 2 */
		goto S_4408_0;
S_4408_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 298: // STATE 4070 - memflush.pml:515 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][4070] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 299: // STATE 4071 - memflush.pml:515 - [(slost[((me*2)+b)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4071] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 300: // STATE 4186 - memflush.pml:515 - [D_STEP515]
		IfNotBlocked

		reached[3][4186] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4413_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_4521_0: /* 2 */
S_4414_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))))
			goto S_4521_1;
S_4443_0: /* 2 */
S_4415_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_4443_1;
S_4441_0: /* 2 */
S_4439_0: /* 2 */
S_4416_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4439_1;
S_4420_0: /* 2 */
S_4417_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4420_1;
S_4418_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4421_0;
S_4420_1: /* 3 */
S_4419_0: /* 2 */
		/* else */;
		goto S_4421_0;
S_4420_2: /* 3 */
		Uerror("blocking sel in d_step (nr.420, near line 181)");
S_4421_0: /* 2 */
S_4422_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4433_0: /* 2 */
S_4432_0: /* 2 */
S_4423_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4432_1;
S_4427_0: /* 2 */
S_4424_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4427_1;
S_4425_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4428_0;
S_4427_1: /* 3 */
S_4426_0: /* 2 */
		/* else */;
		goto S_4428_0;
S_4427_2: /* 3 */
		Uerror("blocking sel in d_step (nr.421, near line 183)");
S_4428_0: /* 2 */
S_4429_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4433_0; /* ';' */
S_4432_1: /* 3 */
S_4430_0: /* 2 */
		/* else */;
S_4431_0: /* 2 */
		goto S_4435_0;	/* 'goto' */
S_4432_2: /* 3 */
		Uerror("blocking sel in d_step (nr.422, near line 183)");
S_4434_0: /* 2 */
		goto S_4435_0;	/* 'break' */
S_4435_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4436_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4437_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4440_0;
S_4439_1: /* 3 */
S_4438_0: /* 2 */
		/* else */;
		goto S_4440_0;
S_4439_2: /* 3 */
		Uerror("blocking sel in d_step (nr.423, near line 179)");
S_4440_0: /* 2 */
		goto S_4444_0;
S_4443_1: /* 3 */
S_4442_0: /* 2 */
		/* else */;
		goto S_4444_0;
S_4443_2: /* 3 */
		Uerror("blocking sel in d_step (nr.424, near line 515)");
S_4444_0: /* 2 */
S_4445_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_4522_0;
S_4521_1: /* 3 */
S_4446_0: /* 2 */
		/* else */;
S_4447_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4460_0: /* 2 */
S_4459_0: /* 2 */
S_4448_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_4459_1;
S_4454_0: /* 2 */
S_4449_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])&(1<<((int)q)))))
			goto S_4454_1;
S_4450_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_4451_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_4452_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4455_0;
S_4454_1: /* 3 */
S_4453_0: /* 2 */
		/* else */;
		goto S_4455_0;
S_4454_2: /* 3 */
		Uerror("blocking sel in d_step (nr.425, near line 515)");
S_4455_0: /* 2 */
S_4456_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4460_0; /* ';' */
S_4459_1: /* 3 */
S_4457_0: /* 2 */
		/* else */;
S_4458_0: /* 2 */
		goto S_4462_0;	/* 'goto' */
S_4459_2: /* 3 */
		Uerror("blocking sel in d_step (nr.426, near line 515)");
S_4461_0: /* 2 */
		goto S_4462_0;	/* 'break' */
S_4462_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4483_0: /* 2 */
S_4482_0: /* 2 */
S_4463_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_4482_1;
S_4477_0: /* 2 */
S_4464_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4465_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4472_0: /* 2 */
S_4471_0: /* 2 */
S_4466_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4471_1;
S_4467_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_4468_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4472_0; /* ';' */
S_4471_1: /* 3 */
S_4469_0: /* 2 */
		/* else */;
S_4470_0: /* 2 */
		goto S_4474_0;	/* 'goto' */
S_4471_2: /* 3 */
		Uerror("blocking sel in d_step (nr.427, near line 141)");
S_4473_0: /* 2 */
		goto S_4474_0;	/* 'break' */
S_4474_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4475_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4476_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4478_0;
S_4478_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_4479_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4483_0; /* ';' */
S_4482_1: /* 3 */
S_4480_0: /* 2 */
		/* else */;
S_4481_0: /* 2 */
		goto S_4485_0;	/* 'goto' */
S_4482_2: /* 3 */
		Uerror("blocking sel in d_step (nr.428, near line 515)");
S_4484_0: /* 2 */
		goto S_4485_0;	/* 'break' */
S_4485_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])), "(tmp[0]==sc[((me*2)+b)])", II, tt, t);
S_4486_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_4487_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4488_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4517_0: /* 2 */
S_4489_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_4517_1;
S_4515_0: /* 2 */
S_4513_0: /* 2 */
S_4490_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4513_1;
S_4494_0: /* 2 */
S_4491_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4494_1;
S_4492_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4495_0;
S_4494_1: /* 3 */
S_4493_0: /* 2 */
		/* else */;
		goto S_4495_0;
S_4494_2: /* 3 */
		Uerror("blocking sel in d_step (nr.429, near line 181)");
S_4495_0: /* 2 */
S_4496_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4507_0: /* 2 */
S_4506_0: /* 2 */
S_4497_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4506_1;
S_4501_0: /* 2 */
S_4498_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4501_1;
S_4499_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4502_0;
S_4501_1: /* 3 */
S_4500_0: /* 2 */
		/* else */;
		goto S_4502_0;
S_4501_2: /* 3 */
		Uerror("blocking sel in d_step (nr.430, near line 183)");
S_4502_0: /* 2 */
S_4503_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4507_0; /* ';' */
S_4506_1: /* 3 */
S_4504_0: /* 2 */
		/* else */;
S_4505_0: /* 2 */
		goto S_4509_0;	/* 'goto' */
S_4506_2: /* 3 */
		Uerror("blocking sel in d_step (nr.431, near line 183)");
S_4508_0: /* 2 */
		goto S_4509_0;	/* 'break' */
S_4509_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4510_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4511_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4514_0;
S_4513_1: /* 3 */
S_4512_0: /* 2 */
		/* else */;
		goto S_4514_0;
S_4513_2: /* 3 */
		Uerror("blocking sel in d_step (nr.432, near line 179)");
S_4514_0: /* 2 */
		goto S_4518_0;
S_4517_1: /* 3 */
S_4516_0: /* 2 */
		/* else */;
		goto S_4518_0;
S_4517_2: /* 3 */
		Uerror("blocking sel in d_step (nr.433, near line 515)");
S_4518_0: /* 2 */
S_4519_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4520_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_4522_0;
S_4521_2: /* 3 */
		Uerror("blocking sel in d_step (nr.434, near line 515)");
S_4522_0: /* 2 */
S_4523_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_4524_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4646_0;
S_4646_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 301: // STATE 4190 - memflush.pml:515 - [D_STEP515]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][4190] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4526_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_4527_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_4528_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4646_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 302: // STATE 4305 - memflush.pml:515 - [D_STEP515]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][4305] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4530_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_4531_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_4532_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_4640_0: /* 2 */
S_4533_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))))
			goto S_4640_1;
S_4562_0: /* 2 */
S_4534_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_4562_1;
S_4560_0: /* 2 */
S_4558_0: /* 2 */
S_4535_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4558_1;
S_4539_0: /* 2 */
S_4536_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4539_1;
S_4537_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4540_0;
S_4539_1: /* 3 */
S_4538_0: /* 2 */
		/* else */;
		goto S_4540_0;
S_4539_2: /* 3 */
		Uerror("blocking sel in d_step (nr.435, near line 181)");
S_4540_0: /* 2 */
S_4541_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4552_0: /* 2 */
S_4551_0: /* 2 */
S_4542_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4551_1;
S_4546_0: /* 2 */
S_4543_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4546_1;
S_4544_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4547_0;
S_4546_1: /* 3 */
S_4545_0: /* 2 */
		/* else */;
		goto S_4547_0;
S_4546_2: /* 3 */
		Uerror("blocking sel in d_step (nr.436, near line 183)");
S_4547_0: /* 2 */
S_4548_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4552_0; /* ';' */
S_4551_1: /* 3 */
S_4549_0: /* 2 */
		/* else */;
S_4550_0: /* 2 */
		goto S_4554_0;	/* 'goto' */
S_4551_2: /* 3 */
		Uerror("blocking sel in d_step (nr.437, near line 183)");
S_4553_0: /* 2 */
		goto S_4554_0;	/* 'break' */
S_4554_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4555_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4556_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4559_0;
S_4558_1: /* 3 */
S_4557_0: /* 2 */
		/* else */;
		goto S_4559_0;
S_4558_2: /* 3 */
		Uerror("blocking sel in d_step (nr.438, near line 179)");
S_4559_0: /* 2 */
		goto S_4563_0;
S_4562_1: /* 3 */
S_4561_0: /* 2 */
		/* else */;
		goto S_4563_0;
S_4562_2: /* 3 */
		Uerror("blocking sel in d_step (nr.439, near line 515)");
S_4563_0: /* 2 */
S_4564_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_4641_0;
S_4640_1: /* 3 */
S_4565_0: /* 2 */
		/* else */;
S_4566_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4579_0: /* 2 */
S_4578_0: /* 2 */
S_4567_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_4578_1;
S_4573_0: /* 2 */
S_4568_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])&(1<<((int)q)))))
			goto S_4573_1;
S_4569_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_4570_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_4571_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4574_0;
S_4573_1: /* 3 */
S_4572_0: /* 2 */
		/* else */;
		goto S_4574_0;
S_4573_2: /* 3 */
		Uerror("blocking sel in d_step (nr.440, near line 515)");
S_4574_0: /* 2 */
S_4575_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4579_0; /* ';' */
S_4578_1: /* 3 */
S_4576_0: /* 2 */
		/* else */;
S_4577_0: /* 2 */
		goto S_4581_0;	/* 'goto' */
S_4578_2: /* 3 */
		Uerror("blocking sel in d_step (nr.441, near line 515)");
S_4580_0: /* 2 */
		goto S_4581_0;	/* 'break' */
S_4581_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4602_0: /* 2 */
S_4601_0: /* 2 */
S_4582_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_4601_1;
S_4596_0: /* 2 */
S_4583_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4584_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4591_0: /* 2 */
S_4590_0: /* 2 */
S_4585_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4590_1;
S_4586_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_4587_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4591_0; /* ';' */
S_4590_1: /* 3 */
S_4588_0: /* 2 */
		/* else */;
S_4589_0: /* 2 */
		goto S_4593_0;	/* 'goto' */
S_4590_2: /* 3 */
		Uerror("blocking sel in d_step (nr.442, near line 141)");
S_4592_0: /* 2 */
		goto S_4593_0;	/* 'break' */
S_4593_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4594_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4595_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4597_0;
S_4597_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_4598_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4602_0; /* ';' */
S_4601_1: /* 3 */
S_4599_0: /* 2 */
		/* else */;
S_4600_0: /* 2 */
		goto S_4604_0;	/* 'goto' */
S_4601_2: /* 3 */
		Uerror("blocking sel in d_step (nr.443, near line 515)");
S_4603_0: /* 2 */
		goto S_4604_0;	/* 'break' */
S_4604_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])), "(tmp[0]==sc[((me*2)+b)])", II, tt, t);
S_4605_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_4606_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4607_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4636_0: /* 2 */
S_4608_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_4636_1;
S_4634_0: /* 2 */
S_4632_0: /* 2 */
S_4609_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4632_1;
S_4613_0: /* 2 */
S_4610_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4613_1;
S_4611_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4614_0;
S_4613_1: /* 3 */
S_4612_0: /* 2 */
		/* else */;
		goto S_4614_0;
S_4613_2: /* 3 */
		Uerror("blocking sel in d_step (nr.444, near line 181)");
S_4614_0: /* 2 */
S_4615_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4626_0: /* 2 */
S_4625_0: /* 2 */
S_4616_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4625_1;
S_4620_0: /* 2 */
S_4617_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4620_1;
S_4618_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4621_0;
S_4620_1: /* 3 */
S_4619_0: /* 2 */
		/* else */;
		goto S_4621_0;
S_4620_2: /* 3 */
		Uerror("blocking sel in d_step (nr.445, near line 183)");
S_4621_0: /* 2 */
S_4622_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4626_0; /* ';' */
S_4625_1: /* 3 */
S_4623_0: /* 2 */
		/* else */;
S_4624_0: /* 2 */
		goto S_4628_0;	/* 'goto' */
S_4625_2: /* 3 */
		Uerror("blocking sel in d_step (nr.446, near line 183)");
S_4627_0: /* 2 */
		goto S_4628_0;	/* 'break' */
S_4628_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4629_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4630_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4633_0;
S_4632_1: /* 3 */
S_4631_0: /* 2 */
		/* else */;
		goto S_4633_0;
S_4632_2: /* 3 */
		Uerror("blocking sel in d_step (nr.447, near line 179)");
S_4633_0: /* 2 */
		goto S_4637_0;
S_4636_1: /* 3 */
S_4635_0: /* 2 */
		/* else */;
		goto S_4637_0;
S_4636_2: /* 3 */
		Uerror("blocking sel in d_step (nr.448, near line 515)");
S_4637_0: /* 2 */
S_4638_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4639_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_4641_0;
S_4640_2: /* 3 */
		Uerror("blocking sel in d_step (nr.449, near line 515)");
S_4641_0: /* 2 */
S_4642_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_4643_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4646_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 303: // STATE 4308 - memflush.pml:515 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4308] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 304: // STATE 4310 - memflush.pml:515 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4310] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 305: // STATE 4311 - memflush.pml:515 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4311] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 306: // STATE 4313 - memflush.pml:515 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][4313] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 307: // STATE 4326 - memflush.pml:515 - [D_STEP515]
		IfNotBlocked

		reached[3][4326] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4653_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4654_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4655_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4656_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4657_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4663_0: /* 2 */
S_4658_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_4663_1;
S_4659_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_4664_0;
S_4663_1: /* 3 */
S_4660_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_4663_2;
S_4661_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_4664_0;
S_4663_2: /* 3 */
S_4662_0: /* 2 */
		/* else */;
		goto S_4664_0;
S_4663_3: /* 3 */
		Uerror("blocking sel in d_step (nr.450, near line 515)");
S_4664_0: /* 2 */
		goto S_4678_0;
S_4678_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 308: // STATE 4339 - memflush.pml:515 - [D_STEP515]
		IfNotBlocked

		reached[3][4339] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4666_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4667_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4668_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4669_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4670_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_4676_0: /* 2 */
S_4671_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_4676_1;
S_4672_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_4677_0;
S_4676_1: /* 3 */
S_4673_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_4676_2;
S_4674_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_4677_0;
S_4676_2: /* 3 */
S_4675_0: /* 2 */
		/* else */;
		goto S_4677_0;
S_4676_3: /* 3 */
		Uerror("blocking sel in d_step (nr.451, near line 515)");
S_4677_0: /* 2 */
		goto S_4679_0;
S_4679_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 309: // STATE 4340 - memflush.pml:515 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4340] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 310: // STATE 4341 - memflush.pml:515 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4341] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 311: // STATE 4429 - memflush.pml:515 - [D_STEP515]
		IfNotBlocked

		reached[3][4429] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4681_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4682_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4694_0: /* 2 */
S_4693_0: /* 2 */
S_4683_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4693_1;
S_4688_0: /* 2 */
S_4684_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_4688_1;
S_4685_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_4686_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4689_0;
S_4688_1: /* 3 */
S_4687_0: /* 2 */
		/* else */;
		goto S_4689_0;
S_4688_2: /* 3 */
		Uerror("blocking sel in d_step (nr.452, near line 515)");
S_4689_0: /* 2 */
S_4690_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4694_0; /* ';' */
S_4693_1: /* 3 */
S_4691_0: /* 2 */
		/* else */;
S_4692_0: /* 2 */
		goto S_4699_0;	/* 'goto' */
S_4693_2: /* 3 */
		Uerror("blocking sel in d_step (nr.453, near line 515)");
S_4695_0: /* 2 */
		goto S_4699_0;	/* 'break' */
S_4699_0: /* 2 */
S_4696_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4699_1;
S_4697_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_4700_0;
S_4699_1: /* 3 */
S_4698_0: /* 2 */
		/* else */;
		goto S_4700_0;
S_4699_2: /* 3 */
		Uerror("blocking sel in d_step (nr.454, near line 515)");
S_4700_0: /* 2 */
S_4728_0: /* 2 */
S_4725_0: /* 2 */
S_4724_0: /* 2 */
S_4701_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4724_1;
S_4702_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4703_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4704_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4720_0: /* 2 */
S_4705_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_4720_1;
S_4706_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_4721_0;
S_4720_1: /* 3 */
S_4707_0: /* 2 */
		/* else */;
S_4719_0: /* 2 */
S_4708_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4715_0: /* 2 */
S_4714_0: /* 2 */
S_4709_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_4714_1;
S_4710_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_4711_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4715_0; /* ';' */
S_4714_1: /* 3 */
S_4712_0: /* 2 */
		/* else */;
S_4713_0: /* 2 */
		goto S_4717_0;	/* 'goto' */
S_4714_2: /* 3 */
		Uerror("blocking sel in d_step (nr.455, near line 136)");
S_4716_0: /* 2 */
		goto S_4717_0;	/* 'break' */
S_4717_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_4718_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_4721_0;
		goto S_4721_0;
S_4720_2: /* 3 */
		Uerror("blocking sel in d_step (nr.456, near line 151)");
S_4721_0: /* 2 */
		goto S_4725_0; /* '.' */
		goto S_4725_0; /* ';' */
S_4724_1: /* 3 */
S_4722_0: /* 2 */
		/* else */;
S_4723_0: /* 2 */
		goto S_4727_0;	/* 'goto' */
S_4724_2: /* 3 */
		Uerror("blocking sel in d_step (nr.457, near line 148)");
S_4726_0: /* 2 */
		goto S_4727_0;	/* 'break' */
S_4727_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_4754_0;
S_4754_0: /* 2 */
S_4752_0: /* 2 */
S_4729_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4752_1;
S_4733_0: /* 2 */
S_4730_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4733_1;
S_4731_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4734_0;
S_4733_1: /* 3 */
S_4732_0: /* 2 */
		/* else */;
		goto S_4734_0;
S_4733_2: /* 3 */
		Uerror("blocking sel in d_step (nr.458, near line 181)");
S_4734_0: /* 2 */
S_4735_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4746_0: /* 2 */
S_4745_0: /* 2 */
S_4736_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4745_1;
S_4740_0: /* 2 */
S_4737_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4740_1;
S_4738_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4741_0;
S_4740_1: /* 3 */
S_4739_0: /* 2 */
		/* else */;
		goto S_4741_0;
S_4740_2: /* 3 */
		Uerror("blocking sel in d_step (nr.459, near line 183)");
S_4741_0: /* 2 */
S_4742_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4746_0; /* ';' */
S_4745_1: /* 3 */
S_4743_0: /* 2 */
		/* else */;
S_4744_0: /* 2 */
		goto S_4748_0;	/* 'goto' */
S_4745_2: /* 3 */
		Uerror("blocking sel in d_step (nr.460, near line 183)");
S_4747_0: /* 2 */
		goto S_4748_0;	/* 'break' */
S_4748_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4749_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4750_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4753_0;
S_4752_1: /* 3 */
S_4751_0: /* 2 */
		/* else */;
		goto S_4753_0;
S_4752_2: /* 3 */
		Uerror("blocking sel in d_step (nr.461, near line 179)");
S_4753_0: /* 2 */
		goto S_4755_0;
S_4755_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4763_0: /* 2 */
S_4762_0: /* 2 */
S_4756_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_4762_1;
S_4757_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_4758_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_4759_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4763_0; /* ';' */
S_4762_1: /* 3 */
S_4760_0: /* 2 */
		/* else */;
S_4761_0: /* 2 */
		goto S_4765_0;	/* 'goto' */
S_4762_2: /* 3 */
		Uerror("blocking sel in d_step (nr.462, near line 515)");
S_4764_0: /* 2 */
		goto S_4765_0;	/* 'break' */
S_4765_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4766_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4767_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4864_0;
S_4864_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 312: // STATE 4433 - memflush.pml:515 - [D_STEP515]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][4433] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4769_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_4770_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_4771_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4864_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 313: // STATE 4523 - memflush.pml:515 - [D_STEP515]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][4523] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4773_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_4774_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_4775_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4776_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4788_0: /* 2 */
S_4787_0: /* 2 */
S_4777_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_4787_1;
S_4782_0: /* 2 */
S_4778_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_4782_1;
S_4779_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_4780_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_4783_0;
S_4782_1: /* 3 */
S_4781_0: /* 2 */
		/* else */;
		goto S_4783_0;
S_4782_2: /* 3 */
		Uerror("blocking sel in d_step (nr.463, near line 515)");
S_4783_0: /* 2 */
S_4784_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4788_0; /* ';' */
S_4787_1: /* 3 */
S_4785_0: /* 2 */
		/* else */;
S_4786_0: /* 2 */
		goto S_4793_0;	/* 'goto' */
S_4787_2: /* 3 */
		Uerror("blocking sel in d_step (nr.464, near line 515)");
S_4789_0: /* 2 */
		goto S_4793_0;	/* 'break' */
S_4793_0: /* 2 */
S_4790_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4793_1;
S_4791_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_4794_0;
S_4793_1: /* 3 */
S_4792_0: /* 2 */
		/* else */;
		goto S_4794_0;
S_4793_2: /* 3 */
		Uerror("blocking sel in d_step (nr.465, near line 515)");
S_4794_0: /* 2 */
S_4822_0: /* 2 */
S_4819_0: /* 2 */
S_4818_0: /* 2 */
S_4795_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4818_1;
S_4796_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_4797_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_4798_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_4814_0: /* 2 */
S_4799_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_4814_1;
S_4800_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_4815_0;
S_4814_1: /* 3 */
S_4801_0: /* 2 */
		/* else */;
S_4813_0: /* 2 */
S_4802_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4809_0: /* 2 */
S_4808_0: /* 2 */
S_4803_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_4808_1;
S_4804_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_4805_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4809_0; /* ';' */
S_4808_1: /* 3 */
S_4806_0: /* 2 */
		/* else */;
S_4807_0: /* 2 */
		goto S_4811_0;	/* 'goto' */
S_4808_2: /* 3 */
		Uerror("blocking sel in d_step (nr.466, near line 136)");
S_4810_0: /* 2 */
		goto S_4811_0;	/* 'break' */
S_4811_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_4812_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_4815_0;
		goto S_4815_0;
S_4814_2: /* 3 */
		Uerror("blocking sel in d_step (nr.467, near line 151)");
S_4815_0: /* 2 */
		goto S_4819_0; /* '.' */
		goto S_4819_0; /* ';' */
S_4818_1: /* 3 */
S_4816_0: /* 2 */
		/* else */;
S_4817_0: /* 2 */
		goto S_4821_0;	/* 'goto' */
S_4818_2: /* 3 */
		Uerror("blocking sel in d_step (nr.468, near line 148)");
S_4820_0: /* 2 */
		goto S_4821_0;	/* 'break' */
S_4821_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_4848_0;
S_4848_0: /* 2 */
S_4846_0: /* 2 */
S_4823_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4846_1;
S_4827_0: /* 2 */
S_4824_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4827_1;
S_4825_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4828_0;
S_4827_1: /* 3 */
S_4826_0: /* 2 */
		/* else */;
		goto S_4828_0;
S_4827_2: /* 3 */
		Uerror("blocking sel in d_step (nr.469, near line 181)");
S_4828_0: /* 2 */
S_4829_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4840_0: /* 2 */
S_4839_0: /* 2 */
S_4830_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4839_1;
S_4834_0: /* 2 */
S_4831_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4834_1;
S_4832_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4835_0;
S_4834_1: /* 3 */
S_4833_0: /* 2 */
		/* else */;
		goto S_4835_0;
S_4834_2: /* 3 */
		Uerror("blocking sel in d_step (nr.470, near line 183)");
S_4835_0: /* 2 */
S_4836_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4840_0; /* ';' */
S_4839_1: /* 3 */
S_4837_0: /* 2 */
		/* else */;
S_4838_0: /* 2 */
		goto S_4842_0;	/* 'goto' */
S_4839_2: /* 3 */
		Uerror("blocking sel in d_step (nr.471, near line 183)");
S_4841_0: /* 2 */
		goto S_4842_0;	/* 'break' */
S_4842_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4843_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4844_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4847_0;
S_4846_1: /* 3 */
S_4845_0: /* 2 */
		/* else */;
		goto S_4847_0;
S_4846_2: /* 3 */
		Uerror("blocking sel in d_step (nr.472, near line 179)");
S_4847_0: /* 2 */
		goto S_4849_0;
S_4849_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4857_0: /* 2 */
S_4856_0: /* 2 */
S_4850_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_4856_1;
S_4851_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_4852_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_4853_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4857_0; /* ';' */
S_4856_1: /* 3 */
S_4854_0: /* 2 */
		/* else */;
S_4855_0: /* 2 */
		goto S_4859_0;	/* 'goto' */
S_4856_2: /* 3 */
		Uerror("blocking sel in d_step (nr.473, near line 515)");
S_4858_0: /* 2 */
		goto S_4859_0;	/* 'break' */
S_4859_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4860_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_4861_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_4864_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 314: // STATE 4526 - memflush.pml:515 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4526] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 315: // STATE 4527 - memflush.pml:515 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4527] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 316: // STATE 4528 - memflush.pml:515 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4528] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 317: // STATE 4530 - memflush.pml:515 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4530] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 318: // STATE 4532 - memflush.pml:515 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4532] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 319: // STATE 4533 - memflush.pml:515 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][4533] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 320: // STATE 4542 - memflush.pml:515 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][4542] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 321: // STATE 4551 - memflush.pml:515 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4551] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 322: // STATE 4554 - memflush.pml:515 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4554] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 323: // STATE 4555 - memflush.pml:515 - [expected = (expected-sn[((me*2)+b)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4555] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 324: // STATE 4557 - memflush.pml:515 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4557] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 325: // STATE 4558 - memflush.pml:515 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4558] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 326: // STATE 4561 - memflush.pml:515 - [D_STEP515]
		IfNotBlocked

		reached[3][4561] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4898_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_4899_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_4902_0;
S_4902_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 327: // STATE 4564 - memflush.pml:515 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][4564] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 328: // STATE 4577 - memflush.pml:515 - [D_STEP515]
		IfNotBlocked

		reached[3][4577] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4904_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:b)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4905_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:b)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4906_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:b)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4907_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:b)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4908_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:b)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4914_0: /* 2 */
S_4909_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==1)))
			goto S_4914_1;
S_4910_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:b)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_4915_0;
S_4914_1: /* 3 */
S_4911_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])>=2)))
			goto S_4914_2;
S_4912_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_4915_0;
S_4914_2: /* 3 */
S_4913_0: /* 2 */
		/* else */;
		goto S_4915_0;
S_4914_3: /* 3 */
		Uerror("blocking sel in d_step (nr.474, near line 515)");
S_4915_0: /* 2 */
		goto S_4918_0;
S_4918_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 329: // STATE 4580 - memflush.pml:515 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][4580] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 330: // STATE 4616 - memflush.pml:516 - [D_STEP516]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][4616] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4953_0: /* 2 */
S_4922_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_4953_1;
S_4951_0: /* 2 */
S_4948_0: /* 2 */
S_4946_0: /* 2 */
S_4923_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4946_1;
S_4927_0: /* 2 */
S_4924_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4927_1;
S_4925_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4928_0;
S_4927_1: /* 3 */
S_4926_0: /* 2 */
		/* else */;
		goto S_4928_0;
S_4927_2: /* 3 */
		Uerror("blocking sel in d_step (nr.475, near line 181)");
S_4928_0: /* 2 */
S_4929_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4940_0: /* 2 */
S_4939_0: /* 2 */
S_4930_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4939_1;
S_4934_0: /* 2 */
S_4931_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4934_1;
S_4932_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4935_0;
S_4934_1: /* 3 */
S_4933_0: /* 2 */
		/* else */;
		goto S_4935_0;
S_4934_2: /* 3 */
		Uerror("blocking sel in d_step (nr.476, near line 183)");
S_4935_0: /* 2 */
S_4936_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4940_0; /* ';' */
S_4939_1: /* 3 */
S_4937_0: /* 2 */
		/* else */;
S_4938_0: /* 2 */
		goto S_4942_0;	/* 'goto' */
S_4939_2: /* 3 */
		Uerror("blocking sel in d_step (nr.477, near line 183)");
S_4941_0: /* 2 */
		goto S_4942_0;	/* 'break' */
S_4942_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4943_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4944_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4947_0;
S_4946_1: /* 3 */
S_4945_0: /* 2 */
		/* else */;
		goto S_4947_0;
S_4946_2: /* 3 */
		Uerror("blocking sel in d_step (nr.478, near line 179)");
S_4947_0: /* 2 */
		goto S_4949_0;
S_4949_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4950_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_4954_0;
S_4953_1: /* 3 */
S_4952_0: /* 2 */
		/* else */;
		goto S_4954_0;
S_4953_2: /* 3 */
		Uerror("blocking sel in d_step (nr.479, near line 516)");
S_4954_0: /* 2 */
		goto S_4957_0;
S_4957_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 331: // STATE 4623 - memflush.pml:516 - [D_STEP516]
		if (!(boq == -1 && ((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==0)&& !(((int)now.flock)))))
			continue;

		reached[3][4623] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_4958_0: /* 2 */
		if (!(((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==0)&& !(((int)now.flock)))))
			Uerror("block in d_step seq");
S_4959_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_4960_0: /* 2 */
		now.nactive = (((int)now.nactive)+1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_4961_0: /* 2 */
		now.txm[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = (((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])& ~(( (((int)now.ptomb)) ? (((int)now.preU)) : (0) )));
#ifdef VAR_RANGES
		logval("txm[((flusher:me*2)+flusher:b)]", ((int)now.txm[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_4963_0;
S_4963_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 332: // STATE 4624 - memflush.pml:516 - [sent = (b+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4624] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = (((int)((P3 *)_this)->b)+1);
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 333: // STATE 4628 - memflush.pml:520 - [send = (!(slost[((me*2)+b)])&&(sg[((me*2)+b)]!=0))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4628] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->send);
		((P3 *)_this)->send = ( !(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])!=0));
#ifdef VAR_RANGES
		logval("flusher:send", ((int)((P3 *)_this)->send));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 334: // STATE 4629 - memflush.pml:522 - [(send)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4629] = 1;
		if (!(((int)((P3 *)_this)->send)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 335: // STATE 4664 - memflush.pml:522 - [D_STEP522]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][4664] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5001_0: /* 2 */
S_4970_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5001_1;
S_4999_0: /* 2 */
S_4996_0: /* 2 */
S_4994_0: /* 2 */
S_4971_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_4994_1;
S_4975_0: /* 2 */
S_4972_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_4975_1;
S_4973_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_4976_0;
S_4975_1: /* 3 */
S_4974_0: /* 2 */
		/* else */;
		goto S_4976_0;
S_4975_2: /* 3 */
		Uerror("blocking sel in d_step (nr.480, near line 181)");
S_4976_0: /* 2 */
S_4977_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_4988_0: /* 2 */
S_4987_0: /* 2 */
S_4978_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_4987_1;
S_4982_0: /* 2 */
S_4979_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_4982_1;
S_4980_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_4983_0;
S_4982_1: /* 3 */
S_4981_0: /* 2 */
		/* else */;
		goto S_4983_0;
S_4982_2: /* 3 */
		Uerror("blocking sel in d_step (nr.481, near line 183)");
S_4983_0: /* 2 */
S_4984_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4988_0; /* ';' */
S_4987_1: /* 3 */
S_4985_0: /* 2 */
		/* else */;
S_4986_0: /* 2 */
		goto S_4990_0;	/* 'goto' */
S_4987_2: /* 3 */
		Uerror("blocking sel in d_step (nr.482, near line 183)");
S_4989_0: /* 2 */
		goto S_4990_0;	/* 'break' */
S_4990_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_4991_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4992_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_4995_0;
S_4994_1: /* 3 */
S_4993_0: /* 2 */
		/* else */;
		goto S_4995_0;
S_4994_2: /* 3 */
		Uerror("blocking sel in d_step (nr.483, near line 179)");
S_4995_0: /* 2 */
		goto S_4997_0;
S_4997_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_4998_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5002_0;
S_5001_1: /* 3 */
S_5000_0: /* 2 */
		/* else */;
		goto S_5002_0;
S_5001_2: /* 3 */
		Uerror("blocking sel in d_step (nr.484, near line 522)");
S_5002_0: /* 2 */
		goto S_5005_0;
S_5005_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 336: // STATE 4671 - memflush.pml:522 - [D_STEP522]
		if (!(boq == -1 && ((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==0)&& !(((int)now.flock)))))
			continue;

		reached[3][4671] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5006_0: /* 2 */
		if (!(((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==0)&& !(((int)now.flock)))))
			Uerror("block in d_step seq");
S_5007_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_5008_0: /* 2 */
		now.nactive = (((int)now.nactive)+1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_5009_0: /* 2 */
		now.txm[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = (((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])& ~(( (((int)now.ptomb)) ? (((int)now.preU)) : (0) )));
#ifdef VAR_RANGES
		logval("txm[((flusher:me*2)+flusher:b)]", ((int)now.txm[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_5011_0;
S_5011_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 337: // STATE 4672 - memflush.pml:522 - [sent = (b+1)] (0:0:2 - 1)
		IfNotBlocked
		reached[3][4672] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = (((int)((P3 *)_this)->b)+1);
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: sent */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->sent = 0;
		_m = 3; goto P999; /* 0 */
	case 338: // STATE 4676 - memflush.pml:524 - [sent = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][4676] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 339: // STATE 4680 - memflush.pml:524 - [D_STEP524]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			continue;

		reached[3][4680] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5016_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)))
			Uerror("block in d_step seq");
S_5017_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5018_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5030_0;
S_5030_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 340: // STATE 4685 - memflush.pml:524 - [D_STEP524]
		if (!(boq == -1 && (((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[3][4685] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5020_0: /* 2 */
		if (!((((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_5021_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_5022_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5023_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5030_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 341: // STATE 4689 - memflush.pml:524 - [D_STEP524]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			continue;

		reached[3][4689] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5025_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==3)))
			Uerror("block in d_step seq");
S_5026_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5027_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5030_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 342: // STATE 4692 - memflush.pml:524 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4692] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 343: // STATE 4693 - memflush.pml:524 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4693] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 344: // STATE 4706 - memflush.pml:524 - [D_STEP524]
		IfNotBlocked

		reached[3][4706] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5033_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5034_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5035_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5036_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5037_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5043_0: /* 2 */
S_5038_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_5043_1;
S_5039_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_5044_0;
S_5043_1: /* 3 */
S_5040_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_5043_2;
S_5041_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_5044_0;
S_5043_2: /* 3 */
S_5042_0: /* 2 */
		/* else */;
		goto S_5044_0;
S_5043_3: /* 3 */
		Uerror("blocking sel in d_step (nr.485, near line 524)");
S_5044_0: /* 2 */
		goto S_5058_0;
S_5058_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 345: // STATE 4719 - memflush.pml:524 - [D_STEP524]
		IfNotBlocked

		reached[3][4719] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5046_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5047_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5048_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5049_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5050_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5056_0: /* 2 */
S_5051_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_5056_1;
S_5052_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5057_0;
S_5056_1: /* 3 */
S_5053_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_5056_2;
S_5054_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5057_0;
S_5056_2: /* 3 */
S_5055_0: /* 2 */
		/* else */;
		goto S_5057_0;
S_5056_3: /* 3 */
		Uerror("blocking sel in d_step (nr.486, near line 524)");
S_5057_0: /* 2 */
		goto S_5059_0;
S_5059_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 346: // STATE 4720 - memflush.pml:524 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4720] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 347: // STATE 4721 - memflush.pml:524 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4721] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 348: // STATE 4809 - memflush.pml:524 - [D_STEP524]
		IfNotBlocked

		reached[3][4809] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5061_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5062_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5074_0: /* 2 */
S_5073_0: /* 2 */
S_5063_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5073_1;
S_5068_0: /* 2 */
S_5064_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_5068_1;
S_5065_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_5066_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5069_0;
S_5068_1: /* 3 */
S_5067_0: /* 2 */
		/* else */;
		goto S_5069_0;
S_5068_2: /* 3 */
		Uerror("blocking sel in d_step (nr.487, near line 524)");
S_5069_0: /* 2 */
S_5070_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5074_0; /* ';' */
S_5073_1: /* 3 */
S_5071_0: /* 2 */
		/* else */;
S_5072_0: /* 2 */
		goto S_5079_0;	/* 'goto' */
S_5073_2: /* 3 */
		Uerror("blocking sel in d_step (nr.488, near line 524)");
S_5075_0: /* 2 */
		goto S_5079_0;	/* 'break' */
S_5079_0: /* 2 */
S_5076_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5079_1;
S_5077_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5080_0;
S_5079_1: /* 3 */
S_5078_0: /* 2 */
		/* else */;
		goto S_5080_0;
S_5079_2: /* 3 */
		Uerror("blocking sel in d_step (nr.489, near line 524)");
S_5080_0: /* 2 */
S_5108_0: /* 2 */
S_5105_0: /* 2 */
S_5104_0: /* 2 */
S_5081_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5104_1;
S_5082_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5083_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5084_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5100_0: /* 2 */
S_5085_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_5100_1;
S_5086_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_5101_0;
S_5100_1: /* 3 */
S_5087_0: /* 2 */
		/* else */;
S_5099_0: /* 2 */
S_5088_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5095_0: /* 2 */
S_5094_0: /* 2 */
S_5089_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_5094_1;
S_5090_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_5091_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5095_0; /* ';' */
S_5094_1: /* 3 */
S_5092_0: /* 2 */
		/* else */;
S_5093_0: /* 2 */
		goto S_5097_0;	/* 'goto' */
S_5094_2: /* 3 */
		Uerror("blocking sel in d_step (nr.490, near line 136)");
S_5096_0: /* 2 */
		goto S_5097_0;	/* 'break' */
S_5097_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_5098_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_5101_0;
		goto S_5101_0;
S_5100_2: /* 3 */
		Uerror("blocking sel in d_step (nr.491, near line 151)");
S_5101_0: /* 2 */
		goto S_5105_0; /* '.' */
		goto S_5105_0; /* ';' */
S_5104_1: /* 3 */
S_5102_0: /* 2 */
		/* else */;
S_5103_0: /* 2 */
		goto S_5107_0;	/* 'goto' */
S_5104_2: /* 3 */
		Uerror("blocking sel in d_step (nr.492, near line 148)");
S_5106_0: /* 2 */
		goto S_5107_0;	/* 'break' */
S_5107_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_5134_0;
S_5134_0: /* 2 */
S_5132_0: /* 2 */
S_5109_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5132_1;
S_5113_0: /* 2 */
S_5110_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5113_1;
S_5111_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5114_0;
S_5113_1: /* 3 */
S_5112_0: /* 2 */
		/* else */;
		goto S_5114_0;
S_5113_2: /* 3 */
		Uerror("blocking sel in d_step (nr.493, near line 181)");
S_5114_0: /* 2 */
S_5115_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5126_0: /* 2 */
S_5125_0: /* 2 */
S_5116_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5125_1;
S_5120_0: /* 2 */
S_5117_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5120_1;
S_5118_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5121_0;
S_5120_1: /* 3 */
S_5119_0: /* 2 */
		/* else */;
		goto S_5121_0;
S_5120_2: /* 3 */
		Uerror("blocking sel in d_step (nr.494, near line 183)");
S_5121_0: /* 2 */
S_5122_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5126_0; /* ';' */
S_5125_1: /* 3 */
S_5123_0: /* 2 */
		/* else */;
S_5124_0: /* 2 */
		goto S_5128_0;	/* 'goto' */
S_5125_2: /* 3 */
		Uerror("blocking sel in d_step (nr.495, near line 183)");
S_5127_0: /* 2 */
		goto S_5128_0;	/* 'break' */
S_5128_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5129_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5130_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5133_0;
S_5132_1: /* 3 */
S_5131_0: /* 2 */
		/* else */;
		goto S_5133_0;
S_5132_2: /* 3 */
		Uerror("blocking sel in d_step (nr.496, near line 179)");
S_5133_0: /* 2 */
		goto S_5135_0;
S_5135_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5143_0: /* 2 */
S_5142_0: /* 2 */
S_5136_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_5142_1;
S_5137_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_5138_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_5139_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5143_0; /* ';' */
S_5142_1: /* 3 */
S_5140_0: /* 2 */
		/* else */;
S_5141_0: /* 2 */
		goto S_5145_0;	/* 'goto' */
S_5142_2: /* 3 */
		Uerror("blocking sel in d_step (nr.497, near line 524)");
S_5144_0: /* 2 */
		goto S_5145_0;	/* 'break' */
S_5145_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5146_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5147_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5244_0;
S_5244_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 349: // STATE 4813 - memflush.pml:524 - [D_STEP524]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][4813] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5149_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5150_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5151_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5244_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 350: // STATE 4903 - memflush.pml:524 - [D_STEP524]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][4903] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5153_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5154_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5155_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5156_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5168_0: /* 2 */
S_5167_0: /* 2 */
S_5157_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5167_1;
S_5162_0: /* 2 */
S_5158_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_5162_1;
S_5159_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_5160_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5163_0;
S_5162_1: /* 3 */
S_5161_0: /* 2 */
		/* else */;
		goto S_5163_0;
S_5162_2: /* 3 */
		Uerror("blocking sel in d_step (nr.498, near line 524)");
S_5163_0: /* 2 */
S_5164_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5168_0; /* ';' */
S_5167_1: /* 3 */
S_5165_0: /* 2 */
		/* else */;
S_5166_0: /* 2 */
		goto S_5173_0;	/* 'goto' */
S_5167_2: /* 3 */
		Uerror("blocking sel in d_step (nr.499, near line 524)");
S_5169_0: /* 2 */
		goto S_5173_0;	/* 'break' */
S_5173_0: /* 2 */
S_5170_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5173_1;
S_5171_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5174_0;
S_5173_1: /* 3 */
S_5172_0: /* 2 */
		/* else */;
		goto S_5174_0;
S_5173_2: /* 3 */
		Uerror("blocking sel in d_step (nr.500, near line 524)");
S_5174_0: /* 2 */
S_5202_0: /* 2 */
S_5199_0: /* 2 */
S_5198_0: /* 2 */
S_5175_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5198_1;
S_5176_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5177_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5178_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5194_0: /* 2 */
S_5179_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_5194_1;
S_5180_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_5195_0;
S_5194_1: /* 3 */
S_5181_0: /* 2 */
		/* else */;
S_5193_0: /* 2 */
S_5182_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5189_0: /* 2 */
S_5188_0: /* 2 */
S_5183_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_5188_1;
S_5184_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_5185_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5189_0; /* ';' */
S_5188_1: /* 3 */
S_5186_0: /* 2 */
		/* else */;
S_5187_0: /* 2 */
		goto S_5191_0;	/* 'goto' */
S_5188_2: /* 3 */
		Uerror("blocking sel in d_step (nr.501, near line 136)");
S_5190_0: /* 2 */
		goto S_5191_0;	/* 'break' */
S_5191_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_5192_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_5195_0;
		goto S_5195_0;
S_5194_2: /* 3 */
		Uerror("blocking sel in d_step (nr.502, near line 151)");
S_5195_0: /* 2 */
		goto S_5199_0; /* '.' */
		goto S_5199_0; /* ';' */
S_5198_1: /* 3 */
S_5196_0: /* 2 */
		/* else */;
S_5197_0: /* 2 */
		goto S_5201_0;	/* 'goto' */
S_5198_2: /* 3 */
		Uerror("blocking sel in d_step (nr.503, near line 148)");
S_5200_0: /* 2 */
		goto S_5201_0;	/* 'break' */
S_5201_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_5228_0;
S_5228_0: /* 2 */
S_5226_0: /* 2 */
S_5203_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5226_1;
S_5207_0: /* 2 */
S_5204_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5207_1;
S_5205_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5208_0;
S_5207_1: /* 3 */
S_5206_0: /* 2 */
		/* else */;
		goto S_5208_0;
S_5207_2: /* 3 */
		Uerror("blocking sel in d_step (nr.504, near line 181)");
S_5208_0: /* 2 */
S_5209_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5220_0: /* 2 */
S_5219_0: /* 2 */
S_5210_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5219_1;
S_5214_0: /* 2 */
S_5211_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5214_1;
S_5212_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5215_0;
S_5214_1: /* 3 */
S_5213_0: /* 2 */
		/* else */;
		goto S_5215_0;
S_5214_2: /* 3 */
		Uerror("blocking sel in d_step (nr.505, near line 183)");
S_5215_0: /* 2 */
S_5216_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5220_0; /* ';' */
S_5219_1: /* 3 */
S_5217_0: /* 2 */
		/* else */;
S_5218_0: /* 2 */
		goto S_5222_0;	/* 'goto' */
S_5219_2: /* 3 */
		Uerror("blocking sel in d_step (nr.506, near line 183)");
S_5221_0: /* 2 */
		goto S_5222_0;	/* 'break' */
S_5222_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5223_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5224_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5227_0;
S_5226_1: /* 3 */
S_5225_0: /* 2 */
		/* else */;
		goto S_5227_0;
S_5226_2: /* 3 */
		Uerror("blocking sel in d_step (nr.507, near line 179)");
S_5227_0: /* 2 */
		goto S_5229_0;
S_5229_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5237_0: /* 2 */
S_5236_0: /* 2 */
S_5230_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_5236_1;
S_5231_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_5232_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_5233_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5237_0; /* ';' */
S_5236_1: /* 3 */
S_5234_0: /* 2 */
		/* else */;
S_5235_0: /* 2 */
		goto S_5239_0;	/* 'goto' */
S_5236_2: /* 3 */
		Uerror("blocking sel in d_step (nr.508, near line 524)");
S_5238_0: /* 2 */
		goto S_5239_0;	/* 'break' */
S_5239_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5240_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5241_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5244_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 351: // STATE 4906 - memflush.pml:524 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4906] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 352: // STATE 4907 - memflush.pml:524 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4907] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 353: // STATE 4908 - memflush.pml:524 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4908] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 354: // STATE 4910 - memflush.pml:524 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4910] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 355: // STATE 4912 - memflush.pml:524 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4912] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 356: // STATE 4913 - memflush.pml:524 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][4913] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 357: // STATE 4922 - memflush.pml:524 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][4922] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 358: // STATE 4926 - memflush.pml:525 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4926] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 359: // STATE 4931 - memflush.pml:530 - [(send)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4931] = 1;
		if (!(((int)((P3 *)_this)->send)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: send */  (trpt+1)->bup.oval = ((P3 *)_this)->send;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->send = 0;
		_m = 3; goto P999; /* 0 */
	case 360: // STATE 4932 - memflush.pml:530 - [sent = (b+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][4932] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = (((int)((P3 *)_this)->b)+1);
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 361: // STATE 4970 - memflush.pml:531 - [D_STEP531]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][4970] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5307_0: /* 2 */
S_5276_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5307_1;
S_5305_0: /* 2 */
S_5302_0: /* 2 */
S_5300_0: /* 2 */
S_5277_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5300_1;
S_5281_0: /* 2 */
S_5278_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5281_1;
S_5279_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5282_0;
S_5281_1: /* 3 */
S_5280_0: /* 2 */
		/* else */;
		goto S_5282_0;
S_5281_2: /* 3 */
		Uerror("blocking sel in d_step (nr.509, near line 181)");
S_5282_0: /* 2 */
S_5283_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5294_0: /* 2 */
S_5293_0: /* 2 */
S_5284_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5293_1;
S_5288_0: /* 2 */
S_5285_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5288_1;
S_5286_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5289_0;
S_5288_1: /* 3 */
S_5287_0: /* 2 */
		/* else */;
		goto S_5289_0;
S_5288_2: /* 3 */
		Uerror("blocking sel in d_step (nr.510, near line 183)");
S_5289_0: /* 2 */
S_5290_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5294_0; /* ';' */
S_5293_1: /* 3 */
S_5291_0: /* 2 */
		/* else */;
S_5292_0: /* 2 */
		goto S_5296_0;	/* 'goto' */
S_5293_2: /* 3 */
		Uerror("blocking sel in d_step (nr.511, near line 183)");
S_5295_0: /* 2 */
		goto S_5296_0;	/* 'break' */
S_5296_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5297_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5298_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5301_0;
S_5300_1: /* 3 */
S_5299_0: /* 2 */
		/* else */;
		goto S_5301_0;
S_5300_2: /* 3 */
		Uerror("blocking sel in d_step (nr.512, near line 179)");
S_5301_0: /* 2 */
		goto S_5303_0;
S_5303_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5304_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5308_0;
S_5307_1: /* 3 */
S_5306_0: /* 2 */
		/* else */;
		goto S_5308_0;
S_5307_2: /* 3 */
		Uerror("blocking sel in d_step (nr.513, near line 531)");
S_5308_0: /* 2 */
		goto S_5311_0;
S_5311_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 362: // STATE 4973 - memflush.pml:531 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][4973] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 363: // STATE 4974 - memflush.pml:531 - [(slost[((me*2)+a)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4974] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 364: // STATE 5089 - memflush.pml:531 - [D_STEP531]
		IfNotBlocked

		reached[3][5089] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5316_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_5424_0: /* 2 */
S_5317_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_5424_1;
S_5346_0: /* 2 */
S_5318_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_5346_1;
S_5344_0: /* 2 */
S_5342_0: /* 2 */
S_5319_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5342_1;
S_5323_0: /* 2 */
S_5320_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5323_1;
S_5321_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5324_0;
S_5323_1: /* 3 */
S_5322_0: /* 2 */
		/* else */;
		goto S_5324_0;
S_5323_2: /* 3 */
		Uerror("blocking sel in d_step (nr.514, near line 181)");
S_5324_0: /* 2 */
S_5325_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5336_0: /* 2 */
S_5335_0: /* 2 */
S_5326_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5335_1;
S_5330_0: /* 2 */
S_5327_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5330_1;
S_5328_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5331_0;
S_5330_1: /* 3 */
S_5329_0: /* 2 */
		/* else */;
		goto S_5331_0;
S_5330_2: /* 3 */
		Uerror("blocking sel in d_step (nr.515, near line 183)");
S_5331_0: /* 2 */
S_5332_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5336_0; /* ';' */
S_5335_1: /* 3 */
S_5333_0: /* 2 */
		/* else */;
S_5334_0: /* 2 */
		goto S_5338_0;	/* 'goto' */
S_5335_2: /* 3 */
		Uerror("blocking sel in d_step (nr.516, near line 183)");
S_5337_0: /* 2 */
		goto S_5338_0;	/* 'break' */
S_5338_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5339_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5340_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5343_0;
S_5342_1: /* 3 */
S_5341_0: /* 2 */
		/* else */;
		goto S_5343_0;
S_5342_2: /* 3 */
		Uerror("blocking sel in d_step (nr.517, near line 179)");
S_5343_0: /* 2 */
		goto S_5347_0;
S_5346_1: /* 3 */
S_5345_0: /* 2 */
		/* else */;
		goto S_5347_0;
S_5346_2: /* 3 */
		Uerror("blocking sel in d_step (nr.518, near line 531)");
S_5347_0: /* 2 */
S_5348_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_5425_0;
S_5424_1: /* 3 */
S_5349_0: /* 2 */
		/* else */;
S_5350_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5363_0: /* 2 */
S_5362_0: /* 2 */
S_5351_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_5362_1;
S_5357_0: /* 2 */
S_5352_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_5357_1;
S_5353_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_5354_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_5355_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5358_0;
S_5357_1: /* 3 */
S_5356_0: /* 2 */
		/* else */;
		goto S_5358_0;
S_5357_2: /* 3 */
		Uerror("blocking sel in d_step (nr.519, near line 531)");
S_5358_0: /* 2 */
S_5359_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5363_0; /* ';' */
S_5362_1: /* 3 */
S_5360_0: /* 2 */
		/* else */;
S_5361_0: /* 2 */
		goto S_5365_0;	/* 'goto' */
S_5362_2: /* 3 */
		Uerror("blocking sel in d_step (nr.520, near line 531)");
S_5364_0: /* 2 */
		goto S_5365_0;	/* 'break' */
S_5365_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5386_0: /* 2 */
S_5385_0: /* 2 */
S_5366_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_5385_1;
S_5380_0: /* 2 */
S_5367_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5368_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5375_0: /* 2 */
S_5374_0: /* 2 */
S_5369_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5374_1;
S_5370_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_5371_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5375_0; /* ';' */
S_5374_1: /* 3 */
S_5372_0: /* 2 */
		/* else */;
S_5373_0: /* 2 */
		goto S_5377_0;	/* 'goto' */
S_5374_2: /* 3 */
		Uerror("blocking sel in d_step (nr.521, near line 141)");
S_5376_0: /* 2 */
		goto S_5377_0;	/* 'break' */
S_5377_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5378_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5379_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5381_0;
S_5381_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_5382_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5386_0; /* ';' */
S_5385_1: /* 3 */
S_5383_0: /* 2 */
		/* else */;
S_5384_0: /* 2 */
		goto S_5388_0;	/* 'goto' */
S_5385_2: /* 3 */
		Uerror("blocking sel in d_step (nr.522, near line 531)");
S_5387_0: /* 2 */
		goto S_5388_0;	/* 'break' */
S_5388_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_5389_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_5390_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5391_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5420_0: /* 2 */
S_5392_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_5420_1;
S_5418_0: /* 2 */
S_5416_0: /* 2 */
S_5393_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5416_1;
S_5397_0: /* 2 */
S_5394_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5397_1;
S_5395_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5398_0;
S_5397_1: /* 3 */
S_5396_0: /* 2 */
		/* else */;
		goto S_5398_0;
S_5397_2: /* 3 */
		Uerror("blocking sel in d_step (nr.523, near line 181)");
S_5398_0: /* 2 */
S_5399_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5410_0: /* 2 */
S_5409_0: /* 2 */
S_5400_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5409_1;
S_5404_0: /* 2 */
S_5401_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5404_1;
S_5402_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5405_0;
S_5404_1: /* 3 */
S_5403_0: /* 2 */
		/* else */;
		goto S_5405_0;
S_5404_2: /* 3 */
		Uerror("blocking sel in d_step (nr.524, near line 183)");
S_5405_0: /* 2 */
S_5406_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5410_0; /* ';' */
S_5409_1: /* 3 */
S_5407_0: /* 2 */
		/* else */;
S_5408_0: /* 2 */
		goto S_5412_0;	/* 'goto' */
S_5409_2: /* 3 */
		Uerror("blocking sel in d_step (nr.525, near line 183)");
S_5411_0: /* 2 */
		goto S_5412_0;	/* 'break' */
S_5412_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5413_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5414_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5417_0;
S_5416_1: /* 3 */
S_5415_0: /* 2 */
		/* else */;
		goto S_5417_0;
S_5416_2: /* 3 */
		Uerror("blocking sel in d_step (nr.526, near line 179)");
S_5417_0: /* 2 */
		goto S_5421_0;
S_5420_1: /* 3 */
S_5419_0: /* 2 */
		/* else */;
		goto S_5421_0;
S_5420_2: /* 3 */
		Uerror("blocking sel in d_step (nr.527, near line 531)");
S_5421_0: /* 2 */
S_5422_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5423_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_5425_0;
S_5424_2: /* 3 */
		Uerror("blocking sel in d_step (nr.528, near line 531)");
S_5425_0: /* 2 */
S_5426_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_5427_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5549_0;
S_5549_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 365: // STATE 5093 - memflush.pml:531 - [D_STEP531]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5093] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5429_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5430_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5431_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5549_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 366: // STATE 5208 - memflush.pml:531 - [D_STEP531]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5208] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5433_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5434_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5435_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_5543_0: /* 2 */
S_5436_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])))))
			goto S_5543_1;
S_5465_0: /* 2 */
S_5437_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_5465_1;
S_5463_0: /* 2 */
S_5461_0: /* 2 */
S_5438_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5461_1;
S_5442_0: /* 2 */
S_5439_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5442_1;
S_5440_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5443_0;
S_5442_1: /* 3 */
S_5441_0: /* 2 */
		/* else */;
		goto S_5443_0;
S_5442_2: /* 3 */
		Uerror("blocking sel in d_step (nr.529, near line 181)");
S_5443_0: /* 2 */
S_5444_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5455_0: /* 2 */
S_5454_0: /* 2 */
S_5445_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5454_1;
S_5449_0: /* 2 */
S_5446_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5449_1;
S_5447_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5450_0;
S_5449_1: /* 3 */
S_5448_0: /* 2 */
		/* else */;
		goto S_5450_0;
S_5449_2: /* 3 */
		Uerror("blocking sel in d_step (nr.530, near line 183)");
S_5450_0: /* 2 */
S_5451_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5455_0; /* ';' */
S_5454_1: /* 3 */
S_5452_0: /* 2 */
		/* else */;
S_5453_0: /* 2 */
		goto S_5457_0;	/* 'goto' */
S_5454_2: /* 3 */
		Uerror("blocking sel in d_step (nr.531, near line 183)");
S_5456_0: /* 2 */
		goto S_5457_0;	/* 'break' */
S_5457_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5458_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5459_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5462_0;
S_5461_1: /* 3 */
S_5460_0: /* 2 */
		/* else */;
		goto S_5462_0;
S_5461_2: /* 3 */
		Uerror("blocking sel in d_step (nr.532, near line 179)");
S_5462_0: /* 2 */
		goto S_5466_0;
S_5465_1: /* 3 */
S_5464_0: /* 2 */
		/* else */;
		goto S_5466_0;
S_5465_2: /* 3 */
		Uerror("blocking sel in d_step (nr.533, near line 531)");
S_5466_0: /* 2 */
S_5467_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_5544_0;
S_5543_1: /* 3 */
S_5468_0: /* 2 */
		/* else */;
S_5469_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5482_0: /* 2 */
S_5481_0: /* 2 */
S_5470_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_5481_1;
S_5476_0: /* 2 */
S_5471_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])&(1<<((int)q)))))
			goto S_5476_1;
S_5472_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_5473_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_5474_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5477_0;
S_5476_1: /* 3 */
S_5475_0: /* 2 */
		/* else */;
		goto S_5477_0;
S_5476_2: /* 3 */
		Uerror("blocking sel in d_step (nr.534, near line 531)");
S_5477_0: /* 2 */
S_5478_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5482_0; /* ';' */
S_5481_1: /* 3 */
S_5479_0: /* 2 */
		/* else */;
S_5480_0: /* 2 */
		goto S_5484_0;	/* 'goto' */
S_5481_2: /* 3 */
		Uerror("blocking sel in d_step (nr.535, near line 531)");
S_5483_0: /* 2 */
		goto S_5484_0;	/* 'break' */
S_5484_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5505_0: /* 2 */
S_5504_0: /* 2 */
S_5485_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_5504_1;
S_5499_0: /* 2 */
S_5486_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5487_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5494_0: /* 2 */
S_5493_0: /* 2 */
S_5488_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5493_1;
S_5489_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_5490_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5494_0; /* ';' */
S_5493_1: /* 3 */
S_5491_0: /* 2 */
		/* else */;
S_5492_0: /* 2 */
		goto S_5496_0;	/* 'goto' */
S_5493_2: /* 3 */
		Uerror("blocking sel in d_step (nr.536, near line 141)");
S_5495_0: /* 2 */
		goto S_5496_0;	/* 'break' */
S_5496_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5497_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5498_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5500_0;
S_5500_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_5501_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5505_0; /* ';' */
S_5504_1: /* 3 */
S_5502_0: /* 2 */
		/* else */;
S_5503_0: /* 2 */
		goto S_5507_0;	/* 'goto' */
S_5504_2: /* 3 */
		Uerror("blocking sel in d_step (nr.537, near line 531)");
S_5506_0: /* 2 */
		goto S_5507_0;	/* 'break' */
S_5507_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])), "(tmp[0]==sc[((me*2)+a)])", II, tt, t);
S_5508_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_5509_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5510_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5539_0: /* 2 */
S_5511_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_5539_1;
S_5537_0: /* 2 */
S_5535_0: /* 2 */
S_5512_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5535_1;
S_5516_0: /* 2 */
S_5513_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5516_1;
S_5514_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5517_0;
S_5516_1: /* 3 */
S_5515_0: /* 2 */
		/* else */;
		goto S_5517_0;
S_5516_2: /* 3 */
		Uerror("blocking sel in d_step (nr.538, near line 181)");
S_5517_0: /* 2 */
S_5518_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5529_0: /* 2 */
S_5528_0: /* 2 */
S_5519_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5528_1;
S_5523_0: /* 2 */
S_5520_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5523_1;
S_5521_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5524_0;
S_5523_1: /* 3 */
S_5522_0: /* 2 */
		/* else */;
		goto S_5524_0;
S_5523_2: /* 3 */
		Uerror("blocking sel in d_step (nr.539, near line 183)");
S_5524_0: /* 2 */
S_5525_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5529_0; /* ';' */
S_5528_1: /* 3 */
S_5526_0: /* 2 */
		/* else */;
S_5527_0: /* 2 */
		goto S_5531_0;	/* 'goto' */
S_5528_2: /* 3 */
		Uerror("blocking sel in d_step (nr.540, near line 183)");
S_5530_0: /* 2 */
		goto S_5531_0;	/* 'break' */
S_5531_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5532_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5533_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5536_0;
S_5535_1: /* 3 */
S_5534_0: /* 2 */
		/* else */;
		goto S_5536_0;
S_5535_2: /* 3 */
		Uerror("blocking sel in d_step (nr.541, near line 179)");
S_5536_0: /* 2 */
		goto S_5540_0;
S_5539_1: /* 3 */
S_5538_0: /* 2 */
		/* else */;
		goto S_5540_0;
S_5539_2: /* 3 */
		Uerror("blocking sel in d_step (nr.542, near line 531)");
S_5540_0: /* 2 */
S_5541_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5542_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_5544_0;
S_5543_2: /* 3 */
		Uerror("blocking sel in d_step (nr.543, near line 531)");
S_5544_0: /* 2 */
S_5545_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_5546_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5549_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 367: // STATE 5211 - memflush.pml:531 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5211] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 368: // STATE 5213 - memflush.pml:531 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5213] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 369: // STATE 5214 - memflush.pml:531 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5214] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 370: // STATE 5216 - memflush.pml:531 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][5216] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 371: // STATE 5229 - memflush.pml:531 - [D_STEP531]
		IfNotBlocked

		reached[3][5229] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5556_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5557_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5558_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5559_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5560_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5566_0: /* 2 */
S_5561_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_5566_1;
S_5562_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_5567_0;
S_5566_1: /* 3 */
S_5563_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_5566_2;
S_5564_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_5567_0;
S_5566_2: /* 3 */
S_5565_0: /* 2 */
		/* else */;
		goto S_5567_0;
S_5566_3: /* 3 */
		Uerror("blocking sel in d_step (nr.544, near line 531)");
S_5567_0: /* 2 */
		goto S_5581_0;
S_5581_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 372: // STATE 5242 - memflush.pml:531 - [D_STEP531]
		IfNotBlocked

		reached[3][5242] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5569_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5570_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5571_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5572_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5573_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5579_0: /* 2 */
S_5574_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_5579_1;
S_5575_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5580_0;
S_5579_1: /* 3 */
S_5576_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_5579_2;
S_5577_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5580_0;
S_5579_2: /* 3 */
S_5578_0: /* 2 */
		/* else */;
		goto S_5580_0;
S_5579_3: /* 3 */
		Uerror("blocking sel in d_step (nr.545, near line 531)");
S_5580_0: /* 2 */
		goto S_5582_0;
S_5582_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 373: // STATE 5243 - memflush.pml:531 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5243] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 374: // STATE 5244 - memflush.pml:531 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5244] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 375: // STATE 5332 - memflush.pml:531 - [D_STEP531]
		IfNotBlocked

		reached[3][5332] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5584_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5585_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5597_0: /* 2 */
S_5596_0: /* 2 */
S_5586_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5596_1;
S_5591_0: /* 2 */
S_5587_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_5591_1;
S_5588_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_5589_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5592_0;
S_5591_1: /* 3 */
S_5590_0: /* 2 */
		/* else */;
		goto S_5592_0;
S_5591_2: /* 3 */
		Uerror("blocking sel in d_step (nr.546, near line 531)");
S_5592_0: /* 2 */
S_5593_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5597_0; /* ';' */
S_5596_1: /* 3 */
S_5594_0: /* 2 */
		/* else */;
S_5595_0: /* 2 */
		goto S_5602_0;	/* 'goto' */
S_5596_2: /* 3 */
		Uerror("blocking sel in d_step (nr.547, near line 531)");
S_5598_0: /* 2 */
		goto S_5602_0;	/* 'break' */
S_5602_0: /* 2 */
S_5599_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5602_1;
S_5600_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5603_0;
S_5602_1: /* 3 */
S_5601_0: /* 2 */
		/* else */;
		goto S_5603_0;
S_5602_2: /* 3 */
		Uerror("blocking sel in d_step (nr.548, near line 531)");
S_5603_0: /* 2 */
S_5631_0: /* 2 */
S_5628_0: /* 2 */
S_5627_0: /* 2 */
S_5604_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5627_1;
S_5605_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5606_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5607_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5623_0: /* 2 */
S_5608_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_5623_1;
S_5609_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_5624_0;
S_5623_1: /* 3 */
S_5610_0: /* 2 */
		/* else */;
S_5622_0: /* 2 */
S_5611_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5618_0: /* 2 */
S_5617_0: /* 2 */
S_5612_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_5617_1;
S_5613_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_5614_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5618_0; /* ';' */
S_5617_1: /* 3 */
S_5615_0: /* 2 */
		/* else */;
S_5616_0: /* 2 */
		goto S_5620_0;	/* 'goto' */
S_5617_2: /* 3 */
		Uerror("blocking sel in d_step (nr.549, near line 136)");
S_5619_0: /* 2 */
		goto S_5620_0;	/* 'break' */
S_5620_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_5621_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_5624_0;
		goto S_5624_0;
S_5623_2: /* 3 */
		Uerror("blocking sel in d_step (nr.550, near line 151)");
S_5624_0: /* 2 */
		goto S_5628_0; /* '.' */
		goto S_5628_0; /* ';' */
S_5627_1: /* 3 */
S_5625_0: /* 2 */
		/* else */;
S_5626_0: /* 2 */
		goto S_5630_0;	/* 'goto' */
S_5627_2: /* 3 */
		Uerror("blocking sel in d_step (nr.551, near line 148)");
S_5629_0: /* 2 */
		goto S_5630_0;	/* 'break' */
S_5630_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_5657_0;
S_5657_0: /* 2 */
S_5655_0: /* 2 */
S_5632_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5655_1;
S_5636_0: /* 2 */
S_5633_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5636_1;
S_5634_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5637_0;
S_5636_1: /* 3 */
S_5635_0: /* 2 */
		/* else */;
		goto S_5637_0;
S_5636_2: /* 3 */
		Uerror("blocking sel in d_step (nr.552, near line 181)");
S_5637_0: /* 2 */
S_5638_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5649_0: /* 2 */
S_5648_0: /* 2 */
S_5639_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5648_1;
S_5643_0: /* 2 */
S_5640_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5643_1;
S_5641_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5644_0;
S_5643_1: /* 3 */
S_5642_0: /* 2 */
		/* else */;
		goto S_5644_0;
S_5643_2: /* 3 */
		Uerror("blocking sel in d_step (nr.553, near line 183)");
S_5644_0: /* 2 */
S_5645_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5649_0; /* ';' */
S_5648_1: /* 3 */
S_5646_0: /* 2 */
		/* else */;
S_5647_0: /* 2 */
		goto S_5651_0;	/* 'goto' */
S_5648_2: /* 3 */
		Uerror("blocking sel in d_step (nr.554, near line 183)");
S_5650_0: /* 2 */
		goto S_5651_0;	/* 'break' */
S_5651_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5652_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5653_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5656_0;
S_5655_1: /* 3 */
S_5654_0: /* 2 */
		/* else */;
		goto S_5656_0;
S_5655_2: /* 3 */
		Uerror("blocking sel in d_step (nr.555, near line 179)");
S_5656_0: /* 2 */
		goto S_5658_0;
S_5658_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5666_0: /* 2 */
S_5665_0: /* 2 */
S_5659_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_5665_1;
S_5660_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_5661_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_5662_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5666_0; /* ';' */
S_5665_1: /* 3 */
S_5663_0: /* 2 */
		/* else */;
S_5664_0: /* 2 */
		goto S_5668_0;	/* 'goto' */
S_5665_2: /* 3 */
		Uerror("blocking sel in d_step (nr.556, near line 531)");
S_5667_0: /* 2 */
		goto S_5668_0;	/* 'break' */
S_5668_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5669_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5670_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5767_0;
S_5767_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 376: // STATE 5336 - memflush.pml:531 - [D_STEP531]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5336] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5672_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5673_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5674_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5767_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 377: // STATE 5426 - memflush.pml:531 - [D_STEP531]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5426] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5676_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5677_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5678_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5679_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5691_0: /* 2 */
S_5690_0: /* 2 */
S_5680_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5690_1;
S_5685_0: /* 2 */
S_5681_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_5685_1;
S_5682_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_5683_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5686_0;
S_5685_1: /* 3 */
S_5684_0: /* 2 */
		/* else */;
		goto S_5686_0;
S_5685_2: /* 3 */
		Uerror("blocking sel in d_step (nr.557, near line 531)");
S_5686_0: /* 2 */
S_5687_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5691_0; /* ';' */
S_5690_1: /* 3 */
S_5688_0: /* 2 */
		/* else */;
S_5689_0: /* 2 */
		goto S_5696_0;	/* 'goto' */
S_5690_2: /* 3 */
		Uerror("blocking sel in d_step (nr.558, near line 531)");
S_5692_0: /* 2 */
		goto S_5696_0;	/* 'break' */
S_5696_0: /* 2 */
S_5693_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5696_1;
S_5694_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5697_0;
S_5696_1: /* 3 */
S_5695_0: /* 2 */
		/* else */;
		goto S_5697_0;
S_5696_2: /* 3 */
		Uerror("blocking sel in d_step (nr.559, near line 531)");
S_5697_0: /* 2 */
S_5725_0: /* 2 */
S_5722_0: /* 2 */
S_5721_0: /* 2 */
S_5698_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5721_1;
S_5699_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5700_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5701_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5717_0: /* 2 */
S_5702_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_5717_1;
S_5703_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_5718_0;
S_5717_1: /* 3 */
S_5704_0: /* 2 */
		/* else */;
S_5716_0: /* 2 */
S_5705_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5712_0: /* 2 */
S_5711_0: /* 2 */
S_5706_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_5711_1;
S_5707_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_5708_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5712_0; /* ';' */
S_5711_1: /* 3 */
S_5709_0: /* 2 */
		/* else */;
S_5710_0: /* 2 */
		goto S_5714_0;	/* 'goto' */
S_5711_2: /* 3 */
		Uerror("blocking sel in d_step (nr.560, near line 136)");
S_5713_0: /* 2 */
		goto S_5714_0;	/* 'break' */
S_5714_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_5715_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_5718_0;
		goto S_5718_0;
S_5717_2: /* 3 */
		Uerror("blocking sel in d_step (nr.561, near line 151)");
S_5718_0: /* 2 */
		goto S_5722_0; /* '.' */
		goto S_5722_0; /* ';' */
S_5721_1: /* 3 */
S_5719_0: /* 2 */
		/* else */;
S_5720_0: /* 2 */
		goto S_5724_0;	/* 'goto' */
S_5721_2: /* 3 */
		Uerror("blocking sel in d_step (nr.562, near line 148)");
S_5723_0: /* 2 */
		goto S_5724_0;	/* 'break' */
S_5724_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_5751_0;
S_5751_0: /* 2 */
S_5749_0: /* 2 */
S_5726_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5749_1;
S_5730_0: /* 2 */
S_5727_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5730_1;
S_5728_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5731_0;
S_5730_1: /* 3 */
S_5729_0: /* 2 */
		/* else */;
		goto S_5731_0;
S_5730_2: /* 3 */
		Uerror("blocking sel in d_step (nr.563, near line 181)");
S_5731_0: /* 2 */
S_5732_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5743_0: /* 2 */
S_5742_0: /* 2 */
S_5733_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5742_1;
S_5737_0: /* 2 */
S_5734_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5737_1;
S_5735_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5738_0;
S_5737_1: /* 3 */
S_5736_0: /* 2 */
		/* else */;
		goto S_5738_0;
S_5737_2: /* 3 */
		Uerror("blocking sel in d_step (nr.564, near line 183)");
S_5738_0: /* 2 */
S_5739_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5743_0; /* ';' */
S_5742_1: /* 3 */
S_5740_0: /* 2 */
		/* else */;
S_5741_0: /* 2 */
		goto S_5745_0;	/* 'goto' */
S_5742_2: /* 3 */
		Uerror("blocking sel in d_step (nr.565, near line 183)");
S_5744_0: /* 2 */
		goto S_5745_0;	/* 'break' */
S_5745_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5746_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5747_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5750_0;
S_5749_1: /* 3 */
S_5748_0: /* 2 */
		/* else */;
		goto S_5750_0;
S_5749_2: /* 3 */
		Uerror("blocking sel in d_step (nr.566, near line 179)");
S_5750_0: /* 2 */
		goto S_5752_0;
S_5752_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5760_0: /* 2 */
S_5759_0: /* 2 */
S_5753_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_5759_1;
S_5754_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_5755_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_5756_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5760_0; /* ';' */
S_5759_1: /* 3 */
S_5757_0: /* 2 */
		/* else */;
S_5758_0: /* 2 */
		goto S_5762_0;	/* 'goto' */
S_5759_2: /* 3 */
		Uerror("blocking sel in d_step (nr.567, near line 531)");
S_5761_0: /* 2 */
		goto S_5762_0;	/* 'break' */
S_5762_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5763_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5764_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5767_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 378: // STATE 5429 - memflush.pml:531 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5429] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 379: // STATE 5430 - memflush.pml:531 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5430] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 380: // STATE 5431 - memflush.pml:531 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5431] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 381: // STATE 5433 - memflush.pml:531 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5433] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 382: // STATE 5435 - memflush.pml:531 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5435] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 383: // STATE 5436 - memflush.pml:531 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][5436] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 384: // STATE 5445 - memflush.pml:531 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][5445] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 385: // STATE 5454 - memflush.pml:531 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5454] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 386: // STATE 5457 - memflush.pml:531 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5457] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 387: // STATE 5458 - memflush.pml:531 - [expected = (expected-sn[((me*2)+a)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5458] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 388: // STATE 5460 - memflush.pml:531 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5460] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 389: // STATE 5461 - memflush.pml:531 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5461] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 390: // STATE 5464 - memflush.pml:531 - [D_STEP531]
		IfNotBlocked

		reached[3][5464] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5801_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5802_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5805_0;
S_5805_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 391: // STATE 5467 - memflush.pml:531 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][5467] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 392: // STATE 5480 - memflush.pml:531 - [D_STEP531]
		IfNotBlocked

		reached[3][5480] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5807_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:a)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5808_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:a)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5809_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:a)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5810_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:a)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5811_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:a)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
S_5817_0: /* 2 */
S_5812_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])==1)))
			goto S_5817_1;
S_5813_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:a)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_5818_0;
S_5817_1: /* 3 */
S_5814_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ])>=2)))
			goto S_5817_2;
S_5815_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->a), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:a)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->a)), 8) ]));
#endif
		;
		goto S_5818_0;
S_5817_2: /* 3 */
S_5816_0: /* 2 */
		/* else */;
		goto S_5818_0;
S_5817_3: /* 3 */
		Uerror("blocking sel in d_step (nr.568, near line 531)");
S_5818_0: /* 2 */
		goto S_5821_0;
S_5821_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 393: // STATE 5483 - memflush.pml:531 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][5483] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 394: // STATE 5484 - memflush.pml:532 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5484] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 395: // STATE 5489 - memflush.pml:534 - [(slost[((me*2)+b)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5489] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 396: // STATE 5490 - memflush.pml:536 - [((sent==(b+1)))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5490] = 1;
		if (!((((int)((P3 *)_this)->sent)==(((int)((P3 *)_this)->b)+1))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: sent */  (trpt+1)->bup.oval = ((P3 *)_this)->sent;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->sent = 0;
		_m = 3; goto P999; /* 0 */
	case 397: // STATE 5491 - memflush.pml:536 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5491] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 398: // STATE 5495 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==2)))
			continue;

		reached[3][5495] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5831_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==2)))
			Uerror("block in d_step seq");
S_5832_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_5833_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5845_0;
S_5845_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 399: // STATE 5500 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && (((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[3][5500] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5835_0: /* 2 */
		if (!((((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==2)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_5836_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_5837_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_5838_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5845_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 400: // STATE 5504 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && (((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==3)))
			continue;

		reached[3][5504] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5840_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==3)))
			Uerror("block in d_step seq");
S_5841_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_5842_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_5845_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 401: // STATE 5507 - memflush.pml:536 - [(rerr)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5507] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: rerr */  (trpt+1)->bup.oval = ((P3 *)_this)->rerr;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->rerr = 0;
		_m = 3; goto P999; /* 0 */
	case 402: // STATE 5508 - memflush.pml:536 - [rerr = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5508] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->rerr);
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 403: // STATE 5521 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][5521] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5848_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5849_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5850_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5851_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5852_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_5858_0: /* 2 */
S_5853_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_5858_1;
S_5854_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_5859_0;
S_5858_1: /* 3 */
S_5855_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_5858_2;
S_5856_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_5859_0;
S_5858_2: /* 3 */
S_5857_0: /* 2 */
		/* else */;
		goto S_5859_0;
S_5858_3: /* 3 */
		Uerror("blocking sel in d_step (nr.569, near line 536)");
S_5859_0: /* 2 */
		goto S_5873_0;
S_5873_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 404: // STATE 5534 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][5534] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5861_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5862_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5863_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5864_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5865_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_5871_0: /* 2 */
S_5866_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_5871_1;
S_5867_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5872_0;
S_5871_1: /* 3 */
S_5868_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_5871_2;
S_5869_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_5872_0;
S_5871_2: /* 3 */
S_5870_0: /* 2 */
		/* else */;
		goto S_5872_0;
S_5871_3: /* 3 */
		Uerror("blocking sel in d_step (nr.570, near line 536)");
S_5872_0: /* 2 */
		goto S_5874_0;
S_5874_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 405: // STATE 5535 - memflush.pml:536 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5535] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 406: // STATE 5536 - memflush.pml:536 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5536] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 407: // STATE 5624 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][5624] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5876_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5877_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5889_0: /* 2 */
S_5888_0: /* 2 */
S_5878_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5888_1;
S_5883_0: /* 2 */
S_5879_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_5883_1;
S_5880_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_5881_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5884_0;
S_5883_1: /* 3 */
S_5882_0: /* 2 */
		/* else */;
		goto S_5884_0;
S_5883_2: /* 3 */
		Uerror("blocking sel in d_step (nr.571, near line 536)");
S_5884_0: /* 2 */
S_5885_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5889_0; /* ';' */
S_5888_1: /* 3 */
S_5886_0: /* 2 */
		/* else */;
S_5887_0: /* 2 */
		goto S_5894_0;	/* 'goto' */
S_5888_2: /* 3 */
		Uerror("blocking sel in d_step (nr.572, near line 536)");
S_5890_0: /* 2 */
		goto S_5894_0;	/* 'break' */
S_5894_0: /* 2 */
S_5891_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5894_1;
S_5892_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5895_0;
S_5894_1: /* 3 */
S_5893_0: /* 2 */
		/* else */;
		goto S_5895_0;
S_5894_2: /* 3 */
		Uerror("blocking sel in d_step (nr.573, near line 536)");
S_5895_0: /* 2 */
S_5923_0: /* 2 */
S_5920_0: /* 2 */
S_5919_0: /* 2 */
S_5896_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5919_1;
S_5897_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5898_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5899_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_5915_0: /* 2 */
S_5900_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_5915_1;
S_5901_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_5916_0;
S_5915_1: /* 3 */
S_5902_0: /* 2 */
		/* else */;
S_5914_0: /* 2 */
S_5903_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5910_0: /* 2 */
S_5909_0: /* 2 */
S_5904_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_5909_1;
S_5905_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_5906_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5910_0; /* ';' */
S_5909_1: /* 3 */
S_5907_0: /* 2 */
		/* else */;
S_5908_0: /* 2 */
		goto S_5912_0;	/* 'goto' */
S_5909_2: /* 3 */
		Uerror("blocking sel in d_step (nr.574, near line 136)");
S_5911_0: /* 2 */
		goto S_5912_0;	/* 'break' */
S_5912_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_5913_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_5916_0;
		goto S_5916_0;
S_5915_2: /* 3 */
		Uerror("blocking sel in d_step (nr.575, near line 151)");
S_5916_0: /* 2 */
		goto S_5920_0; /* '.' */
		goto S_5920_0; /* ';' */
S_5919_1: /* 3 */
S_5917_0: /* 2 */
		/* else */;
S_5918_0: /* 2 */
		goto S_5922_0;	/* 'goto' */
S_5919_2: /* 3 */
		Uerror("blocking sel in d_step (nr.576, near line 148)");
S_5921_0: /* 2 */
		goto S_5922_0;	/* 'break' */
S_5922_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_5949_0;
S_5949_0: /* 2 */
S_5947_0: /* 2 */
S_5924_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_5947_1;
S_5928_0: /* 2 */
S_5925_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_5928_1;
S_5926_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_5929_0;
S_5928_1: /* 3 */
S_5927_0: /* 2 */
		/* else */;
		goto S_5929_0;
S_5928_2: /* 3 */
		Uerror("blocking sel in d_step (nr.577, near line 181)");
S_5929_0: /* 2 */
S_5930_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5941_0: /* 2 */
S_5940_0: /* 2 */
S_5931_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_5940_1;
S_5935_0: /* 2 */
S_5932_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_5935_1;
S_5933_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_5936_0;
S_5935_1: /* 3 */
S_5934_0: /* 2 */
		/* else */;
		goto S_5936_0;
S_5935_2: /* 3 */
		Uerror("blocking sel in d_step (nr.578, near line 183)");
S_5936_0: /* 2 */
S_5937_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5941_0; /* ';' */
S_5940_1: /* 3 */
S_5938_0: /* 2 */
		/* else */;
S_5939_0: /* 2 */
		goto S_5943_0;	/* 'goto' */
S_5940_2: /* 3 */
		Uerror("blocking sel in d_step (nr.579, near line 183)");
S_5942_0: /* 2 */
		goto S_5943_0;	/* 'break' */
S_5943_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_5944_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_5945_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5948_0;
S_5947_1: /* 3 */
S_5946_0: /* 2 */
		/* else */;
		goto S_5948_0;
S_5947_2: /* 3 */
		Uerror("blocking sel in d_step (nr.580, near line 179)");
S_5948_0: /* 2 */
		goto S_5950_0;
S_5950_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5958_0: /* 2 */
S_5957_0: /* 2 */
S_5951_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_5957_1;
S_5952_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_5953_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_5954_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5958_0; /* ';' */
S_5957_1: /* 3 */
S_5955_0: /* 2 */
		/* else */;
S_5956_0: /* 2 */
		goto S_5960_0;	/* 'goto' */
S_5957_2: /* 3 */
		Uerror("blocking sel in d_step (nr.581, near line 536)");
S_5959_0: /* 2 */
		goto S_5960_0;	/* 'break' */
S_5960_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5961_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5962_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6059_0;
S_6059_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 408: // STATE 5628 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5628] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5964_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5965_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5966_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6059_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 409: // STATE 5718 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5718] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_5968_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_5969_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_5970_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_5971_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_5983_0: /* 2 */
S_5982_0: /* 2 */
S_5972_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_5982_1;
S_5977_0: /* 2 */
S_5973_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_5977_1;
S_5974_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_5975_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_5978_0;
S_5977_1: /* 3 */
S_5976_0: /* 2 */
		/* else */;
		goto S_5978_0;
S_5977_2: /* 3 */
		Uerror("blocking sel in d_step (nr.582, near line 536)");
S_5978_0: /* 2 */
S_5979_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_5983_0; /* ';' */
S_5982_1: /* 3 */
S_5980_0: /* 2 */
		/* else */;
S_5981_0: /* 2 */
		goto S_5988_0;	/* 'goto' */
S_5982_2: /* 3 */
		Uerror("blocking sel in d_step (nr.583, near line 536)");
S_5984_0: /* 2 */
		goto S_5988_0;	/* 'break' */
S_5988_0: /* 2 */
S_5985_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_5988_1;
S_5986_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_5989_0;
S_5988_1: /* 3 */
S_5987_0: /* 2 */
		/* else */;
		goto S_5989_0;
S_5988_2: /* 3 */
		Uerror("blocking sel in d_step (nr.584, near line 536)");
S_5989_0: /* 2 */
S_6017_0: /* 2 */
S_6014_0: /* 2 */
S_6013_0: /* 2 */
S_5990_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6013_1;
S_5991_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_5992_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_5993_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6009_0: /* 2 */
S_5994_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_6009_1;
S_5995_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_6010_0;
S_6009_1: /* 3 */
S_5996_0: /* 2 */
		/* else */;
S_6008_0: /* 2 */
S_5997_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6004_0: /* 2 */
S_6003_0: /* 2 */
S_5998_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_6003_1;
S_5999_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_6000_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6004_0; /* ';' */
S_6003_1: /* 3 */
S_6001_0: /* 2 */
		/* else */;
S_6002_0: /* 2 */
		goto S_6006_0;	/* 'goto' */
S_6003_2: /* 3 */
		Uerror("blocking sel in d_step (nr.585, near line 136)");
S_6005_0: /* 2 */
		goto S_6006_0;	/* 'break' */
S_6006_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_6007_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_6010_0;
		goto S_6010_0;
S_6009_2: /* 3 */
		Uerror("blocking sel in d_step (nr.586, near line 151)");
S_6010_0: /* 2 */
		goto S_6014_0; /* '.' */
		goto S_6014_0; /* ';' */
S_6013_1: /* 3 */
S_6011_0: /* 2 */
		/* else */;
S_6012_0: /* 2 */
		goto S_6016_0;	/* 'goto' */
S_6013_2: /* 3 */
		Uerror("blocking sel in d_step (nr.587, near line 148)");
S_6015_0: /* 2 */
		goto S_6016_0;	/* 'break' */
S_6016_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_6043_0;
S_6043_0: /* 2 */
S_6041_0: /* 2 */
S_6018_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6041_1;
S_6022_0: /* 2 */
S_6019_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6022_1;
S_6020_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6023_0;
S_6022_1: /* 3 */
S_6021_0: /* 2 */
		/* else */;
		goto S_6023_0;
S_6022_2: /* 3 */
		Uerror("blocking sel in d_step (nr.588, near line 181)");
S_6023_0: /* 2 */
S_6024_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6035_0: /* 2 */
S_6034_0: /* 2 */
S_6025_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6034_1;
S_6029_0: /* 2 */
S_6026_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6029_1;
S_6027_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6030_0;
S_6029_1: /* 3 */
S_6028_0: /* 2 */
		/* else */;
		goto S_6030_0;
S_6029_2: /* 3 */
		Uerror("blocking sel in d_step (nr.589, near line 183)");
S_6030_0: /* 2 */
S_6031_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6035_0; /* ';' */
S_6034_1: /* 3 */
S_6032_0: /* 2 */
		/* else */;
S_6033_0: /* 2 */
		goto S_6037_0;	/* 'goto' */
S_6034_2: /* 3 */
		Uerror("blocking sel in d_step (nr.590, near line 183)");
S_6036_0: /* 2 */
		goto S_6037_0;	/* 'break' */
S_6037_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6038_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6039_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6042_0;
S_6041_1: /* 3 */
S_6040_0: /* 2 */
		/* else */;
		goto S_6042_0;
S_6041_2: /* 3 */
		Uerror("blocking sel in d_step (nr.591, near line 179)");
S_6042_0: /* 2 */
		goto S_6044_0;
S_6044_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6052_0: /* 2 */
S_6051_0: /* 2 */
S_6045_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_6051_1;
S_6046_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_6047_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_6048_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6052_0; /* ';' */
S_6051_1: /* 3 */
S_6049_0: /* 2 */
		/* else */;
S_6050_0: /* 2 */
		goto S_6054_0;	/* 'goto' */
S_6051_2: /* 3 */
		Uerror("blocking sel in d_step (nr.592, near line 536)");
S_6053_0: /* 2 */
		goto S_6054_0;	/* 'break' */
S_6054_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6055_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6056_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6059_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 410: // STATE 5721 - memflush.pml:536 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5721] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 411: // STATE 5722 - memflush.pml:536 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5722] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 412: // STATE 5723 - memflush.pml:536 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5723] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 413: // STATE 5725 - memflush.pml:536 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5725] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 414: // STATE 5727 - memflush.pml:536 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][5727] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 415: // STATE 5728 - memflush.pml:536 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][5728] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 416: // STATE 5737 - memflush.pml:536 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][5737] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 417: // STATE 5741 - memflush.pml:536 - [(!(fail))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5741] = 1;
		if (!( !(((int)((P3 *)_this)->fail))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 418: // STATE 5776 - memflush.pml:536 - [D_STEP536]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][5776] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6113_0: /* 2 */
S_6082_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6113_1;
S_6111_0: /* 2 */
S_6108_0: /* 2 */
S_6106_0: /* 2 */
S_6083_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6106_1;
S_6087_0: /* 2 */
S_6084_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6087_1;
S_6085_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6088_0;
S_6087_1: /* 3 */
S_6086_0: /* 2 */
		/* else */;
		goto S_6088_0;
S_6087_2: /* 3 */
		Uerror("blocking sel in d_step (nr.593, near line 181)");
S_6088_0: /* 2 */
S_6089_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6100_0: /* 2 */
S_6099_0: /* 2 */
S_6090_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6099_1;
S_6094_0: /* 2 */
S_6091_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6094_1;
S_6092_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6095_0;
S_6094_1: /* 3 */
S_6093_0: /* 2 */
		/* else */;
		goto S_6095_0;
S_6094_2: /* 3 */
		Uerror("blocking sel in d_step (nr.594, near line 183)");
S_6095_0: /* 2 */
S_6096_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6100_0; /* ';' */
S_6099_1: /* 3 */
S_6097_0: /* 2 */
		/* else */;
S_6098_0: /* 2 */
		goto S_6102_0;	/* 'goto' */
S_6099_2: /* 3 */
		Uerror("blocking sel in d_step (nr.595, near line 183)");
S_6101_0: /* 2 */
		goto S_6102_0;	/* 'break' */
S_6102_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6103_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6104_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6107_0;
S_6106_1: /* 3 */
S_6105_0: /* 2 */
		/* else */;
		goto S_6107_0;
S_6106_2: /* 3 */
		Uerror("blocking sel in d_step (nr.596, near line 179)");
S_6107_0: /* 2 */
		goto S_6109_0;
S_6109_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6110_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_6114_0;
S_6113_1: /* 3 */
S_6112_0: /* 2 */
		/* else */;
		goto S_6114_0;
S_6113_2: /* 3 */
		Uerror("blocking sel in d_step (nr.597, near line 536)");
S_6114_0: /* 2 */
		goto S_6117_0;
S_6117_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 419: // STATE 5779 - memflush.pml:536 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][5779] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 420: // STATE 5780 - memflush.pml:536 - [(slost[((me*2)+b)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5780] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 421: // STATE 5895 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][5895] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6122_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6230_0: /* 2 */
S_6123_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))))
			goto S_6230_1;
S_6152_0: /* 2 */
S_6124_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_6152_1;
S_6150_0: /* 2 */
S_6148_0: /* 2 */
S_6125_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6148_1;
S_6129_0: /* 2 */
S_6126_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6129_1;
S_6127_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6130_0;
S_6129_1: /* 3 */
S_6128_0: /* 2 */
		/* else */;
		goto S_6130_0;
S_6129_2: /* 3 */
		Uerror("blocking sel in d_step (nr.598, near line 181)");
S_6130_0: /* 2 */
S_6131_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6142_0: /* 2 */
S_6141_0: /* 2 */
S_6132_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6141_1;
S_6136_0: /* 2 */
S_6133_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6136_1;
S_6134_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6137_0;
S_6136_1: /* 3 */
S_6135_0: /* 2 */
		/* else */;
		goto S_6137_0;
S_6136_2: /* 3 */
		Uerror("blocking sel in d_step (nr.599, near line 183)");
S_6137_0: /* 2 */
S_6138_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6142_0; /* ';' */
S_6141_1: /* 3 */
S_6139_0: /* 2 */
		/* else */;
S_6140_0: /* 2 */
		goto S_6144_0;	/* 'goto' */
S_6141_2: /* 3 */
		Uerror("blocking sel in d_step (nr.600, near line 183)");
S_6143_0: /* 2 */
		goto S_6144_0;	/* 'break' */
S_6144_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6145_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6146_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6149_0;
S_6148_1: /* 3 */
S_6147_0: /* 2 */
		/* else */;
		goto S_6149_0;
S_6148_2: /* 3 */
		Uerror("blocking sel in d_step (nr.601, near line 179)");
S_6149_0: /* 2 */
		goto S_6153_0;
S_6152_1: /* 3 */
S_6151_0: /* 2 */
		/* else */;
		goto S_6153_0;
S_6152_2: /* 3 */
		Uerror("blocking sel in d_step (nr.602, near line 536)");
S_6153_0: /* 2 */
S_6154_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6231_0;
S_6230_1: /* 3 */
S_6155_0: /* 2 */
		/* else */;
S_6156_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6169_0: /* 2 */
S_6168_0: /* 2 */
S_6157_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_6168_1;
S_6163_0: /* 2 */
S_6158_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])&(1<<((int)q)))))
			goto S_6163_1;
S_6159_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_6160_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_6161_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6164_0;
S_6163_1: /* 3 */
S_6162_0: /* 2 */
		/* else */;
		goto S_6164_0;
S_6163_2: /* 3 */
		Uerror("blocking sel in d_step (nr.603, near line 536)");
S_6164_0: /* 2 */
S_6165_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6169_0; /* ';' */
S_6168_1: /* 3 */
S_6166_0: /* 2 */
		/* else */;
S_6167_0: /* 2 */
		goto S_6171_0;	/* 'goto' */
S_6168_2: /* 3 */
		Uerror("blocking sel in d_step (nr.604, near line 536)");
S_6170_0: /* 2 */
		goto S_6171_0;	/* 'break' */
S_6171_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6192_0: /* 2 */
S_6191_0: /* 2 */
S_6172_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_6191_1;
S_6186_0: /* 2 */
S_6173_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6174_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6181_0: /* 2 */
S_6180_0: /* 2 */
S_6175_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6180_1;
S_6176_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_6177_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6181_0; /* ';' */
S_6180_1: /* 3 */
S_6178_0: /* 2 */
		/* else */;
S_6179_0: /* 2 */
		goto S_6183_0;	/* 'goto' */
S_6180_2: /* 3 */
		Uerror("blocking sel in d_step (nr.605, near line 141)");
S_6182_0: /* 2 */
		goto S_6183_0;	/* 'break' */
S_6183_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6184_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6185_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6187_0;
S_6187_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6188_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6192_0; /* ';' */
S_6191_1: /* 3 */
S_6189_0: /* 2 */
		/* else */;
S_6190_0: /* 2 */
		goto S_6194_0;	/* 'goto' */
S_6191_2: /* 3 */
		Uerror("blocking sel in d_step (nr.606, near line 536)");
S_6193_0: /* 2 */
		goto S_6194_0;	/* 'break' */
S_6194_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])), "(tmp[0]==sc[((me*2)+b)])", II, tt, t);
S_6195_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6196_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6197_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6226_0: /* 2 */
S_6198_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_6226_1;
S_6224_0: /* 2 */
S_6222_0: /* 2 */
S_6199_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6222_1;
S_6203_0: /* 2 */
S_6200_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6203_1;
S_6201_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6204_0;
S_6203_1: /* 3 */
S_6202_0: /* 2 */
		/* else */;
		goto S_6204_0;
S_6203_2: /* 3 */
		Uerror("blocking sel in d_step (nr.607, near line 181)");
S_6204_0: /* 2 */
S_6205_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6216_0: /* 2 */
S_6215_0: /* 2 */
S_6206_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6215_1;
S_6210_0: /* 2 */
S_6207_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6210_1;
S_6208_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6211_0;
S_6210_1: /* 3 */
S_6209_0: /* 2 */
		/* else */;
		goto S_6211_0;
S_6210_2: /* 3 */
		Uerror("blocking sel in d_step (nr.608, near line 183)");
S_6211_0: /* 2 */
S_6212_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6216_0; /* ';' */
S_6215_1: /* 3 */
S_6213_0: /* 2 */
		/* else */;
S_6214_0: /* 2 */
		goto S_6218_0;	/* 'goto' */
S_6215_2: /* 3 */
		Uerror("blocking sel in d_step (nr.609, near line 183)");
S_6217_0: /* 2 */
		goto S_6218_0;	/* 'break' */
S_6218_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6219_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6220_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6223_0;
S_6222_1: /* 3 */
S_6221_0: /* 2 */
		/* else */;
		goto S_6223_0;
S_6222_2: /* 3 */
		Uerror("blocking sel in d_step (nr.610, near line 179)");
S_6223_0: /* 2 */
		goto S_6227_0;
S_6226_1: /* 3 */
S_6225_0: /* 2 */
		/* else */;
		goto S_6227_0;
S_6226_2: /* 3 */
		Uerror("blocking sel in d_step (nr.611, near line 536)");
S_6227_0: /* 2 */
S_6228_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6229_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6231_0;
S_6230_2: /* 3 */
		Uerror("blocking sel in d_step (nr.612, near line 536)");
S_6231_0: /* 2 */
S_6232_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6233_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6355_0;
S_6355_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 422: // STATE 5899 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][5899] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6235_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_6236_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_6237_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6355_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 423: // STATE 6014 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6014] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6239_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_6240_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_6241_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6349_0: /* 2 */
S_6242_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))))
			goto S_6349_1;
S_6271_0: /* 2 */
S_6243_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_6271_1;
S_6269_0: /* 2 */
S_6267_0: /* 2 */
S_6244_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6267_1;
S_6248_0: /* 2 */
S_6245_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6248_1;
S_6246_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6249_0;
S_6248_1: /* 3 */
S_6247_0: /* 2 */
		/* else */;
		goto S_6249_0;
S_6248_2: /* 3 */
		Uerror("blocking sel in d_step (nr.613, near line 181)");
S_6249_0: /* 2 */
S_6250_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6261_0: /* 2 */
S_6260_0: /* 2 */
S_6251_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6260_1;
S_6255_0: /* 2 */
S_6252_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6255_1;
S_6253_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6256_0;
S_6255_1: /* 3 */
S_6254_0: /* 2 */
		/* else */;
		goto S_6256_0;
S_6255_2: /* 3 */
		Uerror("blocking sel in d_step (nr.614, near line 183)");
S_6256_0: /* 2 */
S_6257_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6261_0; /* ';' */
S_6260_1: /* 3 */
S_6258_0: /* 2 */
		/* else */;
S_6259_0: /* 2 */
		goto S_6263_0;	/* 'goto' */
S_6260_2: /* 3 */
		Uerror("blocking sel in d_step (nr.615, near line 183)");
S_6262_0: /* 2 */
		goto S_6263_0;	/* 'break' */
S_6263_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6264_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6265_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6268_0;
S_6267_1: /* 3 */
S_6266_0: /* 2 */
		/* else */;
		goto S_6268_0;
S_6267_2: /* 3 */
		Uerror("blocking sel in d_step (nr.616, near line 179)");
S_6268_0: /* 2 */
		goto S_6272_0;
S_6271_1: /* 3 */
S_6270_0: /* 2 */
		/* else */;
		goto S_6272_0;
S_6271_2: /* 3 */
		Uerror("blocking sel in d_step (nr.617, near line 536)");
S_6272_0: /* 2 */
S_6273_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6350_0;
S_6349_1: /* 3 */
S_6274_0: /* 2 */
		/* else */;
S_6275_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6288_0: /* 2 */
S_6287_0: /* 2 */
S_6276_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_6287_1;
S_6282_0: /* 2 */
S_6277_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])&(1<<((int)q)))))
			goto S_6282_1;
S_6278_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_6279_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_6280_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6283_0;
S_6282_1: /* 3 */
S_6281_0: /* 2 */
		/* else */;
		goto S_6283_0;
S_6282_2: /* 3 */
		Uerror("blocking sel in d_step (nr.618, near line 536)");
S_6283_0: /* 2 */
S_6284_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6288_0; /* ';' */
S_6287_1: /* 3 */
S_6285_0: /* 2 */
		/* else */;
S_6286_0: /* 2 */
		goto S_6290_0;	/* 'goto' */
S_6287_2: /* 3 */
		Uerror("blocking sel in d_step (nr.619, near line 536)");
S_6289_0: /* 2 */
		goto S_6290_0;	/* 'break' */
S_6290_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6311_0: /* 2 */
S_6310_0: /* 2 */
S_6291_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_6310_1;
S_6305_0: /* 2 */
S_6292_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6293_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6300_0: /* 2 */
S_6299_0: /* 2 */
S_6294_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6299_1;
S_6295_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_6296_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6300_0; /* ';' */
S_6299_1: /* 3 */
S_6297_0: /* 2 */
		/* else */;
S_6298_0: /* 2 */
		goto S_6302_0;	/* 'goto' */
S_6299_2: /* 3 */
		Uerror("blocking sel in d_step (nr.620, near line 141)");
S_6301_0: /* 2 */
		goto S_6302_0;	/* 'break' */
S_6302_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6303_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6304_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6306_0;
S_6306_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6307_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6311_0; /* ';' */
S_6310_1: /* 3 */
S_6308_0: /* 2 */
		/* else */;
S_6309_0: /* 2 */
		goto S_6313_0;	/* 'goto' */
S_6310_2: /* 3 */
		Uerror("blocking sel in d_step (nr.621, near line 536)");
S_6312_0: /* 2 */
		goto S_6313_0;	/* 'break' */
S_6313_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])), "(tmp[0]==sc[((me*2)+b)])", II, tt, t);
S_6314_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6315_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6316_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6345_0: /* 2 */
S_6317_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_6345_1;
S_6343_0: /* 2 */
S_6341_0: /* 2 */
S_6318_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6341_1;
S_6322_0: /* 2 */
S_6319_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6322_1;
S_6320_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6323_0;
S_6322_1: /* 3 */
S_6321_0: /* 2 */
		/* else */;
		goto S_6323_0;
S_6322_2: /* 3 */
		Uerror("blocking sel in d_step (nr.622, near line 181)");
S_6323_0: /* 2 */
S_6324_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6335_0: /* 2 */
S_6334_0: /* 2 */
S_6325_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6334_1;
S_6329_0: /* 2 */
S_6326_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6329_1;
S_6327_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6330_0;
S_6329_1: /* 3 */
S_6328_0: /* 2 */
		/* else */;
		goto S_6330_0;
S_6329_2: /* 3 */
		Uerror("blocking sel in d_step (nr.623, near line 183)");
S_6330_0: /* 2 */
S_6331_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6335_0; /* ';' */
S_6334_1: /* 3 */
S_6332_0: /* 2 */
		/* else */;
S_6333_0: /* 2 */
		goto S_6337_0;	/* 'goto' */
S_6334_2: /* 3 */
		Uerror("blocking sel in d_step (nr.624, near line 183)");
S_6336_0: /* 2 */
		goto S_6337_0;	/* 'break' */
S_6337_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6338_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6339_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6342_0;
S_6341_1: /* 3 */
S_6340_0: /* 2 */
		/* else */;
		goto S_6342_0;
S_6341_2: /* 3 */
		Uerror("blocking sel in d_step (nr.625, near line 179)");
S_6342_0: /* 2 */
		goto S_6346_0;
S_6345_1: /* 3 */
S_6344_0: /* 2 */
		/* else */;
		goto S_6346_0;
S_6345_2: /* 3 */
		Uerror("blocking sel in d_step (nr.626, near line 536)");
S_6346_0: /* 2 */
S_6347_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6348_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6350_0;
S_6349_2: /* 3 */
		Uerror("blocking sel in d_step (nr.627, near line 536)");
S_6350_0: /* 2 */
S_6351_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6352_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6355_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 424: // STATE 6017 - memflush.pml:536 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6017] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 425: // STATE 6019 - memflush.pml:536 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6019] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 426: // STATE 6020 - memflush.pml:536 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6020] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 427: // STATE 6022 - memflush.pml:536 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][6022] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 428: // STATE 6035 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][6035] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6362_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6363_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6364_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6365_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6366_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6372_0: /* 2 */
S_6367_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_6372_1;
S_6368_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_6373_0;
S_6372_1: /* 3 */
S_6369_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_6372_2;
S_6370_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_6373_0;
S_6372_2: /* 3 */
S_6371_0: /* 2 */
		/* else */;
		goto S_6373_0;
S_6372_3: /* 3 */
		Uerror("blocking sel in d_step (nr.628, near line 536)");
S_6373_0: /* 2 */
		goto S_6387_0;
S_6387_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 429: // STATE 6048 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][6048] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6375_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6376_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6377_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6378_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6379_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6385_0: /* 2 */
S_6380_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_6385_1;
S_6381_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_6386_0;
S_6385_1: /* 3 */
S_6382_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_6385_2;
S_6383_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_6386_0;
S_6385_2: /* 3 */
S_6384_0: /* 2 */
		/* else */;
		goto S_6386_0;
S_6385_3: /* 3 */
		Uerror("blocking sel in d_step (nr.629, near line 536)");
S_6386_0: /* 2 */
		goto S_6388_0;
S_6388_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 430: // STATE 6049 - memflush.pml:536 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6049] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 431: // STATE 6050 - memflush.pml:536 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6050] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 432: // STATE 6138 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][6138] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6390_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6391_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6403_0: /* 2 */
S_6402_0: /* 2 */
S_6392_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6402_1;
S_6397_0: /* 2 */
S_6393_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_6397_1;
S_6394_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_6395_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6398_0;
S_6397_1: /* 3 */
S_6396_0: /* 2 */
		/* else */;
		goto S_6398_0;
S_6397_2: /* 3 */
		Uerror("blocking sel in d_step (nr.630, near line 536)");
S_6398_0: /* 2 */
S_6399_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6403_0; /* ';' */
S_6402_1: /* 3 */
S_6400_0: /* 2 */
		/* else */;
S_6401_0: /* 2 */
		goto S_6408_0;	/* 'goto' */
S_6402_2: /* 3 */
		Uerror("blocking sel in d_step (nr.631, near line 536)");
S_6404_0: /* 2 */
		goto S_6408_0;	/* 'break' */
S_6408_0: /* 2 */
S_6405_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6408_1;
S_6406_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_6409_0;
S_6408_1: /* 3 */
S_6407_0: /* 2 */
		/* else */;
		goto S_6409_0;
S_6408_2: /* 3 */
		Uerror("blocking sel in d_step (nr.632, near line 536)");
S_6409_0: /* 2 */
S_6437_0: /* 2 */
S_6434_0: /* 2 */
S_6433_0: /* 2 */
S_6410_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6433_1;
S_6411_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6412_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6413_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6429_0: /* 2 */
S_6414_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_6429_1;
S_6415_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_6430_0;
S_6429_1: /* 3 */
S_6416_0: /* 2 */
		/* else */;
S_6428_0: /* 2 */
S_6417_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6424_0: /* 2 */
S_6423_0: /* 2 */
S_6418_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_6423_1;
S_6419_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_6420_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6424_0; /* ';' */
S_6423_1: /* 3 */
S_6421_0: /* 2 */
		/* else */;
S_6422_0: /* 2 */
		goto S_6426_0;	/* 'goto' */
S_6423_2: /* 3 */
		Uerror("blocking sel in d_step (nr.633, near line 136)");
S_6425_0: /* 2 */
		goto S_6426_0;	/* 'break' */
S_6426_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_6427_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_6430_0;
		goto S_6430_0;
S_6429_2: /* 3 */
		Uerror("blocking sel in d_step (nr.634, near line 151)");
S_6430_0: /* 2 */
		goto S_6434_0; /* '.' */
		goto S_6434_0; /* ';' */
S_6433_1: /* 3 */
S_6431_0: /* 2 */
		/* else */;
S_6432_0: /* 2 */
		goto S_6436_0;	/* 'goto' */
S_6433_2: /* 3 */
		Uerror("blocking sel in d_step (nr.635, near line 148)");
S_6435_0: /* 2 */
		goto S_6436_0;	/* 'break' */
S_6436_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_6463_0;
S_6463_0: /* 2 */
S_6461_0: /* 2 */
S_6438_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6461_1;
S_6442_0: /* 2 */
S_6439_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6442_1;
S_6440_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6443_0;
S_6442_1: /* 3 */
S_6441_0: /* 2 */
		/* else */;
		goto S_6443_0;
S_6442_2: /* 3 */
		Uerror("blocking sel in d_step (nr.636, near line 181)");
S_6443_0: /* 2 */
S_6444_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6455_0: /* 2 */
S_6454_0: /* 2 */
S_6445_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6454_1;
S_6449_0: /* 2 */
S_6446_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6449_1;
S_6447_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6450_0;
S_6449_1: /* 3 */
S_6448_0: /* 2 */
		/* else */;
		goto S_6450_0;
S_6449_2: /* 3 */
		Uerror("blocking sel in d_step (nr.637, near line 183)");
S_6450_0: /* 2 */
S_6451_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6455_0; /* ';' */
S_6454_1: /* 3 */
S_6452_0: /* 2 */
		/* else */;
S_6453_0: /* 2 */
		goto S_6457_0;	/* 'goto' */
S_6454_2: /* 3 */
		Uerror("blocking sel in d_step (nr.638, near line 183)");
S_6456_0: /* 2 */
		goto S_6457_0;	/* 'break' */
S_6457_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6458_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6459_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6462_0;
S_6461_1: /* 3 */
S_6460_0: /* 2 */
		/* else */;
		goto S_6462_0;
S_6461_2: /* 3 */
		Uerror("blocking sel in d_step (nr.639, near line 179)");
S_6462_0: /* 2 */
		goto S_6464_0;
S_6464_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6472_0: /* 2 */
S_6471_0: /* 2 */
S_6465_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_6471_1;
S_6466_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_6467_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_6468_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6472_0; /* ';' */
S_6471_1: /* 3 */
S_6469_0: /* 2 */
		/* else */;
S_6470_0: /* 2 */
		goto S_6474_0;	/* 'goto' */
S_6471_2: /* 3 */
		Uerror("blocking sel in d_step (nr.640, near line 536)");
S_6473_0: /* 2 */
		goto S_6474_0;	/* 'break' */
S_6474_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6475_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6476_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6573_0;
S_6573_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 433: // STATE 6142 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6142] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6478_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_6479_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_6480_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6573_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 434: // STATE 6232 - memflush.pml:536 - [D_STEP536]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6232] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6482_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_6483_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_6484_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6485_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6497_0: /* 2 */
S_6496_0: /* 2 */
S_6486_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6496_1;
S_6491_0: /* 2 */
S_6487_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_6491_1;
S_6488_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_6489_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6492_0;
S_6491_1: /* 3 */
S_6490_0: /* 2 */
		/* else */;
		goto S_6492_0;
S_6491_2: /* 3 */
		Uerror("blocking sel in d_step (nr.641, near line 536)");
S_6492_0: /* 2 */
S_6493_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6497_0; /* ';' */
S_6496_1: /* 3 */
S_6494_0: /* 2 */
		/* else */;
S_6495_0: /* 2 */
		goto S_6502_0;	/* 'goto' */
S_6496_2: /* 3 */
		Uerror("blocking sel in d_step (nr.642, near line 536)");
S_6498_0: /* 2 */
		goto S_6502_0;	/* 'break' */
S_6502_0: /* 2 */
S_6499_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6502_1;
S_6500_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_6503_0;
S_6502_1: /* 3 */
S_6501_0: /* 2 */
		/* else */;
		goto S_6503_0;
S_6502_2: /* 3 */
		Uerror("blocking sel in d_step (nr.643, near line 536)");
S_6503_0: /* 2 */
S_6531_0: /* 2 */
S_6528_0: /* 2 */
S_6527_0: /* 2 */
S_6504_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6527_1;
S_6505_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6506_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6507_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6523_0: /* 2 */
S_6508_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_6523_1;
S_6509_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_6524_0;
S_6523_1: /* 3 */
S_6510_0: /* 2 */
		/* else */;
S_6522_0: /* 2 */
S_6511_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6518_0: /* 2 */
S_6517_0: /* 2 */
S_6512_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_6517_1;
S_6513_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_6514_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6518_0; /* ';' */
S_6517_1: /* 3 */
S_6515_0: /* 2 */
		/* else */;
S_6516_0: /* 2 */
		goto S_6520_0;	/* 'goto' */
S_6517_2: /* 3 */
		Uerror("blocking sel in d_step (nr.644, near line 136)");
S_6519_0: /* 2 */
		goto S_6520_0;	/* 'break' */
S_6520_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_6521_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_6524_0;
		goto S_6524_0;
S_6523_2: /* 3 */
		Uerror("blocking sel in d_step (nr.645, near line 151)");
S_6524_0: /* 2 */
		goto S_6528_0; /* '.' */
		goto S_6528_0; /* ';' */
S_6527_1: /* 3 */
S_6525_0: /* 2 */
		/* else */;
S_6526_0: /* 2 */
		goto S_6530_0;	/* 'goto' */
S_6527_2: /* 3 */
		Uerror("blocking sel in d_step (nr.646, near line 148)");
S_6529_0: /* 2 */
		goto S_6530_0;	/* 'break' */
S_6530_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_6557_0;
S_6557_0: /* 2 */
S_6555_0: /* 2 */
S_6532_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6555_1;
S_6536_0: /* 2 */
S_6533_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6536_1;
S_6534_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6537_0;
S_6536_1: /* 3 */
S_6535_0: /* 2 */
		/* else */;
		goto S_6537_0;
S_6536_2: /* 3 */
		Uerror("blocking sel in d_step (nr.647, near line 181)");
S_6537_0: /* 2 */
S_6538_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6549_0: /* 2 */
S_6548_0: /* 2 */
S_6539_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6548_1;
S_6543_0: /* 2 */
S_6540_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6543_1;
S_6541_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6544_0;
S_6543_1: /* 3 */
S_6542_0: /* 2 */
		/* else */;
		goto S_6544_0;
S_6543_2: /* 3 */
		Uerror("blocking sel in d_step (nr.648, near line 183)");
S_6544_0: /* 2 */
S_6545_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6549_0; /* ';' */
S_6548_1: /* 3 */
S_6546_0: /* 2 */
		/* else */;
S_6547_0: /* 2 */
		goto S_6551_0;	/* 'goto' */
S_6548_2: /* 3 */
		Uerror("blocking sel in d_step (nr.649, near line 183)");
S_6550_0: /* 2 */
		goto S_6551_0;	/* 'break' */
S_6551_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6552_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6553_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6556_0;
S_6555_1: /* 3 */
S_6554_0: /* 2 */
		/* else */;
		goto S_6556_0;
S_6555_2: /* 3 */
		Uerror("blocking sel in d_step (nr.650, near line 179)");
S_6556_0: /* 2 */
		goto S_6558_0;
S_6558_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6566_0: /* 2 */
S_6565_0: /* 2 */
S_6559_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_6565_1;
S_6560_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_6561_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_6562_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6566_0; /* ';' */
S_6565_1: /* 3 */
S_6563_0: /* 2 */
		/* else */;
S_6564_0: /* 2 */
		goto S_6568_0;	/* 'goto' */
S_6565_2: /* 3 */
		Uerror("blocking sel in d_step (nr.651, near line 536)");
S_6567_0: /* 2 */
		goto S_6568_0;	/* 'break' */
S_6568_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6569_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6570_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6573_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 435: // STATE 6235 - memflush.pml:536 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6235] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 436: // STATE 6236 - memflush.pml:536 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6236] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 437: // STATE 6237 - memflush.pml:536 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6237] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 438: // STATE 6239 - memflush.pml:536 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6239] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 439: // STATE 6241 - memflush.pml:536 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6241] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 440: // STATE 6242 - memflush.pml:536 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][6242] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 441: // STATE 6251 - memflush.pml:536 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][6251] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 442: // STATE 6260 - memflush.pml:536 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6260] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 443: // STATE 6263 - memflush.pml:536 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6263] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 444: // STATE 6264 - memflush.pml:536 - [expected = (expected-sn[((me*2)+b)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6264] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 445: // STATE 6266 - memflush.pml:536 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6266] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 446: // STATE 6267 - memflush.pml:536 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6267] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 447: // STATE 6270 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][6270] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6607_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6608_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_6611_0;
S_6611_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 448: // STATE 6273 - memflush.pml:536 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][6273] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 449: // STATE 6286 - memflush.pml:536 - [D_STEP536]
		IfNotBlocked

		reached[3][6286] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6613_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:b)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6614_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:b)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6615_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:b)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6616_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:b)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6617_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:b)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6623_0: /* 2 */
S_6618_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==1)))
			goto S_6623_1;
S_6619_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:b)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_6624_0;
S_6623_1: /* 3 */
S_6620_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])>=2)))
			goto S_6623_2;
S_6621_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_6624_0;
S_6623_2: /* 3 */
S_6622_0: /* 2 */
		/* else */;
		goto S_6624_0;
S_6623_3: /* 3 */
		Uerror("blocking sel in d_step (nr.652, near line 536)");
S_6624_0: /* 2 */
		goto S_6627_0;
S_6627_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 450: // STATE 6289 - memflush.pml:536 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][6289] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 451: // STATE 6306 - memflush.pml:537 - [D_STEP537]
		IfNotBlocked

		reached[3][6306] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6633_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:b)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6634_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:b)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6635_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:b)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6636_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:b)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6637_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:b)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_6643_0: /* 2 */
S_6638_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==1)))
			goto S_6643_1;
S_6639_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:b)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_6644_0;
S_6643_1: /* 3 */
S_6640_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])>=2)))
			goto S_6643_2;
S_6641_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_6644_0;
S_6643_2: /* 3 */
S_6642_0: /* 2 */
		/* else */;
		goto S_6644_0;
S_6643_3: /* 3 */
		Uerror("blocking sel in d_step (nr.653, near line 537)");
S_6644_0: /* 2 */
		goto S_6647_0;
S_6647_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 452: // STATE 6310 - memflush.pml:540 - [((sg[((me*2)+b)]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6310] = 1;
		if (!((((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 453: // STATE 6345 - memflush.pml:540 - [D_STEP540]
		if (!(((boq == -1 && (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))) || (boq == -1 /* else */)))
			continue;

		reached[3][6345] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6682_0: /* 2 */
S_6651_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6682_1;
S_6680_0: /* 2 */
S_6677_0: /* 2 */
S_6675_0: /* 2 */
S_6652_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6675_1;
S_6656_0: /* 2 */
S_6653_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6656_1;
S_6654_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6657_0;
S_6656_1: /* 3 */
S_6655_0: /* 2 */
		/* else */;
		goto S_6657_0;
S_6656_2: /* 3 */
		Uerror("blocking sel in d_step (nr.654, near line 181)");
S_6657_0: /* 2 */
S_6658_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6669_0: /* 2 */
S_6668_0: /* 2 */
S_6659_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6668_1;
S_6663_0: /* 2 */
S_6660_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6663_1;
S_6661_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6664_0;
S_6663_1: /* 3 */
S_6662_0: /* 2 */
		/* else */;
		goto S_6664_0;
S_6663_2: /* 3 */
		Uerror("blocking sel in d_step (nr.655, near line 183)");
S_6664_0: /* 2 */
S_6665_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6669_0; /* ';' */
S_6668_1: /* 3 */
S_6666_0: /* 2 */
		/* else */;
S_6667_0: /* 2 */
		goto S_6671_0;	/* 'goto' */
S_6668_2: /* 3 */
		Uerror("blocking sel in d_step (nr.656, near line 183)");
S_6670_0: /* 2 */
		goto S_6671_0;	/* 'break' */
S_6671_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6672_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6673_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6676_0;
S_6675_1: /* 3 */
S_6674_0: /* 2 */
		/* else */;
		goto S_6676_0;
S_6675_2: /* 3 */
		Uerror("blocking sel in d_step (nr.657, near line 179)");
S_6676_0: /* 2 */
		goto S_6678_0;
S_6678_0: /* 2 */
		now.nleases = (((int)now.nleases)+1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6679_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = ((int)now.nleases);
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_6683_0;
S_6682_1: /* 3 */
S_6681_0: /* 2 */
		/* else */;
		goto S_6683_0;
S_6682_2: /* 3 */
		Uerror("blocking sel in d_step (nr.658, near line 540)");
S_6683_0: /* 2 */
		goto S_6686_0;
S_6686_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 454: // STATE 6348 - memflush.pml:540 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][6348] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 455: // STATE 6349 - memflush.pml:540 - [(slost[((me*2)+b)])] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6349] = 1;
		if (!(((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))
			continue;
		_m = 3; goto P999; /* 0 */
	case 456: // STATE 6464 - memflush.pml:540 - [D_STEP540]
		IfNotBlocked

		reached[3][6464] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6691_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6799_0: /* 2 */
S_6692_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))))
			goto S_6799_1;
S_6721_0: /* 2 */
S_6693_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_6721_1;
S_6719_0: /* 2 */
S_6717_0: /* 2 */
S_6694_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6717_1;
S_6698_0: /* 2 */
S_6695_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6698_1;
S_6696_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6699_0;
S_6698_1: /* 3 */
S_6697_0: /* 2 */
		/* else */;
		goto S_6699_0;
S_6698_2: /* 3 */
		Uerror("blocking sel in d_step (nr.659, near line 181)");
S_6699_0: /* 2 */
S_6700_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6711_0: /* 2 */
S_6710_0: /* 2 */
S_6701_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6710_1;
S_6705_0: /* 2 */
S_6702_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6705_1;
S_6703_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6706_0;
S_6705_1: /* 3 */
S_6704_0: /* 2 */
		/* else */;
		goto S_6706_0;
S_6705_2: /* 3 */
		Uerror("blocking sel in d_step (nr.660, near line 183)");
S_6706_0: /* 2 */
S_6707_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6711_0; /* ';' */
S_6710_1: /* 3 */
S_6708_0: /* 2 */
		/* else */;
S_6709_0: /* 2 */
		goto S_6713_0;	/* 'goto' */
S_6710_2: /* 3 */
		Uerror("blocking sel in d_step (nr.661, near line 183)");
S_6712_0: /* 2 */
		goto S_6713_0;	/* 'break' */
S_6713_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6714_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6715_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6718_0;
S_6717_1: /* 3 */
S_6716_0: /* 2 */
		/* else */;
		goto S_6718_0;
S_6717_2: /* 3 */
		Uerror("blocking sel in d_step (nr.662, near line 179)");
S_6718_0: /* 2 */
		goto S_6722_0;
S_6721_1: /* 3 */
S_6720_0: /* 2 */
		/* else */;
		goto S_6722_0;
S_6721_2: /* 3 */
		Uerror("blocking sel in d_step (nr.663, near line 540)");
S_6722_0: /* 2 */
S_6723_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6800_0;
S_6799_1: /* 3 */
S_6724_0: /* 2 */
		/* else */;
S_6725_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6738_0: /* 2 */
S_6737_0: /* 2 */
S_6726_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_6737_1;
S_6732_0: /* 2 */
S_6727_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])&(1<<((int)q)))))
			goto S_6732_1;
S_6728_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_6729_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_6730_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6733_0;
S_6732_1: /* 3 */
S_6731_0: /* 2 */
		/* else */;
		goto S_6733_0;
S_6732_2: /* 3 */
		Uerror("blocking sel in d_step (nr.664, near line 540)");
S_6733_0: /* 2 */
S_6734_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6738_0; /* ';' */
S_6737_1: /* 3 */
S_6735_0: /* 2 */
		/* else */;
S_6736_0: /* 2 */
		goto S_6740_0;	/* 'goto' */
S_6737_2: /* 3 */
		Uerror("blocking sel in d_step (nr.665, near line 540)");
S_6739_0: /* 2 */
		goto S_6740_0;	/* 'break' */
S_6740_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6761_0: /* 2 */
S_6760_0: /* 2 */
S_6741_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_6760_1;
S_6755_0: /* 2 */
S_6742_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6743_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6750_0: /* 2 */
S_6749_0: /* 2 */
S_6744_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6749_1;
S_6745_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_6746_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6750_0; /* ';' */
S_6749_1: /* 3 */
S_6747_0: /* 2 */
		/* else */;
S_6748_0: /* 2 */
		goto S_6752_0;	/* 'goto' */
S_6749_2: /* 3 */
		Uerror("blocking sel in d_step (nr.666, near line 141)");
S_6751_0: /* 2 */
		goto S_6752_0;	/* 'break' */
S_6752_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6753_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6754_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6756_0;
S_6756_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6757_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6761_0; /* ';' */
S_6760_1: /* 3 */
S_6758_0: /* 2 */
		/* else */;
S_6759_0: /* 2 */
		goto S_6763_0;	/* 'goto' */
S_6760_2: /* 3 */
		Uerror("blocking sel in d_step (nr.667, near line 540)");
S_6762_0: /* 2 */
		goto S_6763_0;	/* 'break' */
S_6763_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])), "(tmp[0]==sc[((me*2)+b)])", II, tt, t);
S_6764_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6765_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6766_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6795_0: /* 2 */
S_6767_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_6795_1;
S_6793_0: /* 2 */
S_6791_0: /* 2 */
S_6768_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6791_1;
S_6772_0: /* 2 */
S_6769_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6772_1;
S_6770_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6773_0;
S_6772_1: /* 3 */
S_6771_0: /* 2 */
		/* else */;
		goto S_6773_0;
S_6772_2: /* 3 */
		Uerror("blocking sel in d_step (nr.668, near line 181)");
S_6773_0: /* 2 */
S_6774_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6785_0: /* 2 */
S_6784_0: /* 2 */
S_6775_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6784_1;
S_6779_0: /* 2 */
S_6776_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6779_1;
S_6777_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6780_0;
S_6779_1: /* 3 */
S_6778_0: /* 2 */
		/* else */;
		goto S_6780_0;
S_6779_2: /* 3 */
		Uerror("blocking sel in d_step (nr.669, near line 183)");
S_6780_0: /* 2 */
S_6781_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6785_0; /* ';' */
S_6784_1: /* 3 */
S_6782_0: /* 2 */
		/* else */;
S_6783_0: /* 2 */
		goto S_6787_0;	/* 'goto' */
S_6784_2: /* 3 */
		Uerror("blocking sel in d_step (nr.670, near line 183)");
S_6786_0: /* 2 */
		goto S_6787_0;	/* 'break' */
S_6787_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6788_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6789_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6792_0;
S_6791_1: /* 3 */
S_6790_0: /* 2 */
		/* else */;
		goto S_6792_0;
S_6791_2: /* 3 */
		Uerror("blocking sel in d_step (nr.671, near line 179)");
S_6792_0: /* 2 */
		goto S_6796_0;
S_6795_1: /* 3 */
S_6794_0: /* 2 */
		/* else */;
		goto S_6796_0;
S_6795_2: /* 3 */
		Uerror("blocking sel in d_step (nr.672, near line 540)");
S_6796_0: /* 2 */
S_6797_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6798_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6800_0;
S_6799_2: /* 3 */
		Uerror("blocking sel in d_step (nr.673, near line 540)");
S_6800_0: /* 2 */
S_6801_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6802_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6924_0;
S_6924_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 457: // STATE 6468 - memflush.pml:540 - [D_STEP540]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6468] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6804_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_6805_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_6806_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6924_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 458: // STATE 6583 - memflush.pml:540 - [D_STEP540]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6583] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6808_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_6809_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_6810_0: /* 2 */
		h2 = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n);
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6918_0: /* 2 */
S_6811_0: /* 2 */
		if (!(((((int)h2)!=((int)((P3 *)_this)->expected))||(((int)h2)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])))))
			goto S_6918_1;
S_6840_0: /* 2 */
S_6812_0: /* 2 */
		if (!((((int)h2)==0)))
			goto S_6840_1;
S_6838_0: /* 2 */
S_6836_0: /* 2 */
S_6813_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6836_1;
S_6817_0: /* 2 */
S_6814_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6817_1;
S_6815_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6818_0;
S_6817_1: /* 3 */
S_6816_0: /* 2 */
		/* else */;
		goto S_6818_0;
S_6817_2: /* 3 */
		Uerror("blocking sel in d_step (nr.674, near line 181)");
S_6818_0: /* 2 */
S_6819_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6830_0: /* 2 */
S_6829_0: /* 2 */
S_6820_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6829_1;
S_6824_0: /* 2 */
S_6821_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6824_1;
S_6822_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6825_0;
S_6824_1: /* 3 */
S_6823_0: /* 2 */
		/* else */;
		goto S_6825_0;
S_6824_2: /* 3 */
		Uerror("blocking sel in d_step (nr.675, near line 183)");
S_6825_0: /* 2 */
S_6826_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6830_0; /* ';' */
S_6829_1: /* 3 */
S_6827_0: /* 2 */
		/* else */;
S_6828_0: /* 2 */
		goto S_6832_0;	/* 'goto' */
S_6829_2: /* 3 */
		Uerror("blocking sel in d_step (nr.676, near line 183)");
S_6831_0: /* 2 */
		goto S_6832_0;	/* 'break' */
S_6832_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6833_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6834_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6837_0;
S_6836_1: /* 3 */
S_6835_0: /* 2 */
		/* else */;
		goto S_6837_0;
S_6836_2: /* 3 */
		Uerror("blocking sel in d_step (nr.677, near line 179)");
S_6837_0: /* 2 */
		goto S_6841_0;
S_6840_1: /* 3 */
S_6839_0: /* 2 */
		/* else */;
		goto S_6841_0;
S_6840_2: /* 3 */
		Uerror("blocking sel in d_step (nr.678, near line 540)");
S_6841_0: /* 2 */
S_6842_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6919_0;
S_6918_1: /* 3 */
S_6843_0: /* 2 */
		/* else */;
S_6844_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6857_0: /* 2 */
S_6856_0: /* 2 */
S_6845_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_6856_1;
S_6851_0: /* 2 */
S_6846_0: /* 2 */
		if (!((((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])&(1<<((int)q)))))
			goto S_6851_1;
S_6847_0: /* 2 */
		spin_assert((((int)now.dead[ Index(((int)q), 4) ])==0), "(dead[q]==0)", II, tt, t);
S_6848_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_6849_0: /* 2 */
		now.dead[ Index(q, 4) ] = (((int)now.dead[ Index(((int)q), 4) ])+1);
#ifdef VAR_RANGES
		logval("dead[q]", ((int)now.dead[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6852_0;
S_6851_1: /* 3 */
S_6850_0: /* 2 */
		/* else */;
		goto S_6852_0;
S_6851_2: /* 3 */
		Uerror("blocking sel in d_step (nr.679, near line 540)");
S_6852_0: /* 2 */
S_6853_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6857_0; /* ';' */
S_6856_1: /* 3 */
S_6854_0: /* 2 */
		/* else */;
S_6855_0: /* 2 */
		goto S_6859_0;	/* 'goto' */
S_6856_2: /* 3 */
		Uerror("blocking sel in d_step (nr.680, near line 540)");
S_6858_0: /* 2 */
		goto S_6859_0;	/* 'break' */
S_6859_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6880_0: /* 2 */
S_6879_0: /* 2 */
S_6860_0: /* 2 */
		if (!(((((int)t)<((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]))&&(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0))))
			goto S_6879_1;
S_6874_0: /* 2 */
S_6861_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[0]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6862_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6869_0: /* 2 */
S_6868_0: /* 2 */
S_6863_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6868_1;
S_6864_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index((q-1), 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[(q-1)]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index((((int)q)-1), 3) ]));
#endif
		;
S_6865_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6869_0; /* ';' */
S_6868_1: /* 3 */
S_6866_0: /* 2 */
		/* else */;
S_6867_0: /* 2 */
		goto S_6871_0;	/* 'goto' */
S_6868_2: /* 3 */
		Uerror("blocking sel in d_step (nr.681, near line 141)");
S_6870_0: /* 2 */
		goto S_6871_0;	/* 'break' */
S_6871_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6872_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6873_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6875_0;
S_6875_0: /* 2 */
		tmp[0] = (((int)tmp[0])|(1<<((int)v)));
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6876_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6880_0; /* ';' */
S_6879_1: /* 3 */
S_6877_0: /* 2 */
		/* else */;
S_6878_0: /* 2 */
		goto S_6882_0;	/* 'goto' */
S_6879_2: /* 3 */
		Uerror("blocking sel in d_step (nr.682, near line 540)");
S_6881_0: /* 2 */
		goto S_6882_0;	/* 'break' */
S_6882_0: /* 2 */
		spin_assert((((int)tmp[0])==((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])), "(tmp[0]==sc[((me*2)+b)])", II, tt, t);
S_6883_0: /* 2 */
		tmp[0] = 0;
#ifdef VAR_RANGES
		logval("tmp[0]", ((int)tmp[0]));
#endif
		;
S_6884_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6885_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6914_0: /* 2 */
S_6886_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)==0)))
			goto S_6914_1;
S_6912_0: /* 2 */
S_6910_0: /* 2 */
S_6887_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_6910_1;
S_6891_0: /* 2 */
S_6888_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_6891_1;
S_6889_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_6892_0;
S_6891_1: /* 3 */
S_6890_0: /* 2 */
		/* else */;
		goto S_6892_0;
S_6891_2: /* 3 */
		Uerror("blocking sel in d_step (nr.683, near line 181)");
S_6892_0: /* 2 */
S_6893_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6904_0: /* 2 */
S_6903_0: /* 2 */
S_6894_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_6903_1;
S_6898_0: /* 2 */
S_6895_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_6898_1;
S_6896_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_6899_0;
S_6898_1: /* 3 */
S_6897_0: /* 2 */
		/* else */;
		goto S_6899_0;
S_6898_2: /* 3 */
		Uerror("blocking sel in d_step (nr.684, near line 183)");
S_6899_0: /* 2 */
S_6900_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6904_0; /* ';' */
S_6903_1: /* 3 */
S_6901_0: /* 2 */
		/* else */;
S_6902_0: /* 2 */
		goto S_6906_0;	/* 'goto' */
S_6903_2: /* 3 */
		Uerror("blocking sel in d_step (nr.685, near line 183)");
S_6905_0: /* 2 */
		goto S_6906_0;	/* 'break' */
S_6906_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6907_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_6908_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6911_0;
S_6910_1: /* 3 */
S_6909_0: /* 2 */
		/* else */;
		goto S_6911_0;
S_6910_2: /* 3 */
		Uerror("blocking sel in d_step (nr.686, near line 179)");
S_6911_0: /* 2 */
		goto S_6915_0;
S_6914_1: /* 3 */
S_6913_0: /* 2 */
		/* else */;
		goto S_6915_0;
S_6914_2: /* 3 */
		Uerror("blocking sel in d_step (nr.687, near line 540)");
S_6915_0: /* 2 */
S_6916_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_6917_0: /* 2 */
		((P3 *)_this)->released = 1;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		goto S_6919_0;
S_6918_2: /* 3 */
		Uerror("blocking sel in d_step (nr.688, near line 540)");
S_6919_0: /* 2 */
S_6920_0: /* 2 */
		h2 = 0;
#ifdef VAR_RANGES
		logval("h2", ((int)h2));
#endif
		;
S_6921_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_6924_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 459: // STATE 6586 - memflush.pml:540 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6586] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 460: // STATE 6588 - memflush.pml:540 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6588] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 461: // STATE 6589 - memflush.pml:540 - [released = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6589] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 462: // STATE 6591 - memflush.pml:540 - [needrq = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][6591] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: needrq */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->needrq = 0;
		_m = 3; goto P999; /* 0 */
	case 463: // STATE 6604 - memflush.pml:540 - [D_STEP540]
		IfNotBlocked

		reached[3][6604] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6931_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+0)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6932_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+0)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6933_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+0)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6934_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+0)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6935_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_6941_0: /* 2 */
S_6936_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])==1)))
			goto S_6941_1;
S_6937_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+0)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_6942_0;
S_6941_1: /* 3 */
S_6938_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ])>=2)))
			goto S_6941_2;
S_6939_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+0)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
		goto S_6942_0;
S_6941_2: /* 3 */
S_6940_0: /* 2 */
		/* else */;
		goto S_6942_0;
S_6941_3: /* 3 */
		Uerror("blocking sel in d_step (nr.689, near line 540)");
S_6942_0: /* 2 */
		goto S_6956_0;
S_6956_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 464: // STATE 6617 - memflush.pml:540 - [D_STEP540]
		IfNotBlocked

		reached[3][6617] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6944_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+1)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6945_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+1)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6946_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+1)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6947_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+1)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6948_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
S_6954_0: /* 2 */
S_6949_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])==1)))
			goto S_6954_1;
S_6950_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+1)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_6955_0;
S_6954_1: /* 3 */
S_6951_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ])>=2)))
			goto S_6954_2;
S_6952_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+1)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_6955_0;
S_6954_2: /* 3 */
S_6953_0: /* 2 */
		/* else */;
		goto S_6955_0;
S_6954_3: /* 3 */
		Uerror("blocking sel in d_step (nr.690, near line 540)");
S_6955_0: /* 2 */
		goto S_6957_0;
S_6957_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 465: // STATE 6618 - memflush.pml:540 - [sent = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6618] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->sent);
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 466: // STATE 6619 - memflush.pml:540 - [overlap = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6619] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 467: // STATE 6707 - memflush.pml:540 - [D_STEP540]
		IfNotBlocked

		reached[3][6707] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_6959_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_6960_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6972_0: /* 2 */
S_6971_0: /* 2 */
S_6961_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_6971_1;
S_6966_0: /* 2 */
S_6962_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_6966_1;
S_6963_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_6964_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_6967_0;
S_6966_1: /* 3 */
S_6965_0: /* 2 */
		/* else */;
		goto S_6967_0;
S_6966_2: /* 3 */
		Uerror("blocking sel in d_step (nr.691, near line 540)");
S_6967_0: /* 2 */
S_6968_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6972_0; /* ';' */
S_6971_1: /* 3 */
S_6969_0: /* 2 */
		/* else */;
S_6970_0: /* 2 */
		goto S_6977_0;	/* 'goto' */
S_6971_2: /* 3 */
		Uerror("blocking sel in d_step (nr.692, near line 540)");
S_6973_0: /* 2 */
		goto S_6977_0;	/* 'break' */
S_6977_0: /* 2 */
S_6974_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_6977_1;
S_6975_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_6978_0;
S_6977_1: /* 3 */
S_6976_0: /* 2 */
		/* else */;
		goto S_6978_0;
S_6977_2: /* 3 */
		Uerror("blocking sel in d_step (nr.693, near line 540)");
S_6978_0: /* 2 */
S_7006_0: /* 2 */
S_7003_0: /* 2 */
S_7002_0: /* 2 */
S_6979_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_7002_1;
S_6980_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_6981_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_6982_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_6998_0: /* 2 */
S_6983_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_6998_1;
S_6984_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_6999_0;
S_6998_1: /* 3 */
S_6985_0: /* 2 */
		/* else */;
S_6997_0: /* 2 */
S_6986_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_6993_0: /* 2 */
S_6992_0: /* 2 */
S_6987_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_6992_1;
S_6988_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_6989_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_6993_0; /* ';' */
S_6992_1: /* 3 */
S_6990_0: /* 2 */
		/* else */;
S_6991_0: /* 2 */
		goto S_6995_0;	/* 'goto' */
S_6992_2: /* 3 */
		Uerror("blocking sel in d_step (nr.694, near line 136)");
S_6994_0: /* 2 */
		goto S_6995_0;	/* 'break' */
S_6995_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_6996_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_6999_0;
		goto S_6999_0;
S_6998_2: /* 3 */
		Uerror("blocking sel in d_step (nr.695, near line 151)");
S_6999_0: /* 2 */
		goto S_7003_0; /* '.' */
		goto S_7003_0; /* ';' */
S_7002_1: /* 3 */
S_7000_0: /* 2 */
		/* else */;
S_7001_0: /* 2 */
		goto S_7005_0;	/* 'goto' */
S_7002_2: /* 3 */
		Uerror("blocking sel in d_step (nr.696, near line 148)");
S_7004_0: /* 2 */
		goto S_7005_0;	/* 'break' */
S_7005_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_7032_0;
S_7032_0: /* 2 */
S_7030_0: /* 2 */
S_7007_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_7030_1;
S_7011_0: /* 2 */
S_7008_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_7011_1;
S_7009_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_7012_0;
S_7011_1: /* 3 */
S_7010_0: /* 2 */
		/* else */;
		goto S_7012_0;
S_7011_2: /* 3 */
		Uerror("blocking sel in d_step (nr.697, near line 181)");
S_7012_0: /* 2 */
S_7013_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7024_0: /* 2 */
S_7023_0: /* 2 */
S_7014_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_7023_1;
S_7018_0: /* 2 */
S_7015_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_7018_1;
S_7016_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_7019_0;
S_7018_1: /* 3 */
S_7017_0: /* 2 */
		/* else */;
		goto S_7019_0;
S_7018_2: /* 3 */
		Uerror("blocking sel in d_step (nr.698, near line 183)");
S_7019_0: /* 2 */
S_7020_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7024_0; /* ';' */
S_7023_1: /* 3 */
S_7021_0: /* 2 */
		/* else */;
S_7022_0: /* 2 */
		goto S_7026_0;	/* 'goto' */
S_7023_2: /* 3 */
		Uerror("blocking sel in d_step (nr.699, near line 183)");
S_7025_0: /* 2 */
		goto S_7026_0;	/* 'break' */
S_7026_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_7027_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_7028_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7031_0;
S_7030_1: /* 3 */
S_7029_0: /* 2 */
		/* else */;
		goto S_7031_0;
S_7030_2: /* 3 */
		Uerror("blocking sel in d_step (nr.700, near line 179)");
S_7031_0: /* 2 */
		goto S_7033_0;
S_7033_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7041_0: /* 2 */
S_7040_0: /* 2 */
S_7034_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_7040_1;
S_7035_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_7036_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_7037_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7041_0; /* ';' */
S_7040_1: /* 3 */
S_7038_0: /* 2 */
		/* else */;
S_7039_0: /* 2 */
		goto S_7043_0;	/* 'goto' */
S_7040_2: /* 3 */
		Uerror("blocking sel in d_step (nr.701, near line 540)");
S_7042_0: /* 2 */
		goto S_7043_0;	/* 'break' */
S_7043_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7044_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_7045_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_7142_0;
S_7142_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 468: // STATE 6711 - memflush.pml:540 - [D_STEP540]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6711] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7047_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_7048_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_7049_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_7142_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 469: // STATE 6801 - memflush.pml:540 - [D_STEP540]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			continue;

		reached[3][6801] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7051_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nrf)<1))))
			Uerror("block in d_step seq");
S_7052_0: /* 2 */
		now.nrf = (((int)now.nrf)+1);
#ifdef VAR_RANGES
		logval("nrf", ((int)now.nrf));
#endif
		;
S_7053_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_7054_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7066_0: /* 2 */
S_7065_0: /* 2 */
S_7055_0: /* 2 */
		if (!((((int)q)<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n))))
			goto S_7065_1;
S_7060_0: /* 2 */
S_7056_0: /* 2 */
		if (!( !((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ])))))))
			goto S_7060_1;
S_7057_0: /* 2 */
		tmp[ Index(t, 3) ] = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)q), 3) ]);
#ifdef VAR_RANGES
		logval("tmp[t]", ((int)tmp[ Index(((int)t), 3) ]));
#endif
		;
S_7058_0: /* 2 */
		t = (((int)t)+1);
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
		goto S_7061_0;
S_7060_1: /* 3 */
S_7059_0: /* 2 */
		/* else */;
		goto S_7061_0;
S_7060_2: /* 3 */
		Uerror("blocking sel in d_step (nr.702, near line 540)");
S_7061_0: /* 2 */
S_7062_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7066_0; /* ';' */
S_7065_1: /* 3 */
S_7063_0: /* 2 */
		/* else */;
S_7064_0: /* 2 */
		goto S_7071_0;	/* 'goto' */
S_7065_2: /* 3 */
		Uerror("blocking sel in d_step (nr.703, near line 540)");
S_7067_0: /* 2 */
		goto S_7071_0;	/* 'break' */
S_7071_0: /* 2 */
S_7068_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_7071_1;
S_7069_0: /* 2 */
		now.touched[ Index(((P3 *)_this)->me, 4) ] = 1;
#ifdef VAR_RANGES
		logval("touched[flusher:me]", ((int)now.touched[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
		goto S_7072_0;
S_7071_1: /* 3 */
S_7070_0: /* 2 */
		/* else */;
		goto S_7072_0;
S_7071_2: /* 3 */
		Uerror("blocking sel in d_step (nr.704, near line 540)");
S_7072_0: /* 2 */
S_7100_0: /* 2 */
S_7097_0: /* 2 */
S_7096_0: /* 2 */
S_7073_0: /* 2 */
		if (!((((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)>0)))
			goto S_7096_1;
S_7074_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].n = (((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n)-1);
#ifdef VAR_RANGES
		logval("inf[flusher:me].n", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n));
#endif
		;
S_7075_0: /* 2 */
		v = ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]);
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
S_7076_0: /* 2 */
		now.inf[ Index(((P3 *)_this)->me, 4) ].e[ Index(now.inf[ Index(((P3 *)_this)->me, 4) ].n, 3) ] = 0;
#ifdef VAR_RANGES
		logval("inf[flusher:me].e[inf[flusher:me].n]", ((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].e[ Index(((int)now.inf[ Index(((int)((P3 *)_this)->me), 4) ].n), 3) ]));
#endif
		;
S_7092_0: /* 2 */
S_7077_0: /* 2 */
		if (!((((int)now.rtomb)&&(((int)now.preU)&(1<<((int)v))))))
			goto S_7092_1;
S_7078_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_7093_0;
S_7092_1: /* 3 */
S_7079_0: /* 2 */
		/* else */;
S_7091_0: /* 2 */
S_7080_0: /* 2 */
		q = ((int)now.pend.n);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7087_0: /* 2 */
S_7086_0: /* 2 */
S_7081_0: /* 2 */
		if (!((((int)q)>0)))
			goto S_7086_1;
S_7082_0: /* 2 */
		now.pend.e[ Index(q, 3) ] = ((int)now.pend.e[ Index((((int)q)-1), 3) ]);
#ifdef VAR_RANGES
		logval("pend.e[q]", ((int)now.pend.e[ Index(((int)q), 3) ]));
#endif
		;
S_7083_0: /* 2 */
		q = (((int)q)-1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7087_0; /* ';' */
S_7086_1: /* 3 */
S_7084_0: /* 2 */
		/* else */;
S_7085_0: /* 2 */
		goto S_7089_0;	/* 'goto' */
S_7086_2: /* 3 */
		Uerror("blocking sel in d_step (nr.705, near line 136)");
S_7088_0: /* 2 */
		goto S_7089_0;	/* 'break' */
S_7089_0: /* 2 */
		now.pend.e[0] = ((int)v);
#ifdef VAR_RANGES
		logval("pend.e[0]", ((int)now.pend.e[0]));
#endif
		;
S_7090_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_7093_0;
		goto S_7093_0;
S_7092_2: /* 3 */
		Uerror("blocking sel in d_step (nr.706, near line 151)");
S_7093_0: /* 2 */
		goto S_7097_0; /* '.' */
		goto S_7097_0; /* ';' */
S_7096_1: /* 3 */
S_7094_0: /* 2 */
		/* else */;
S_7095_0: /* 2 */
		goto S_7099_0;	/* 'goto' */
S_7096_2: /* 3 */
		Uerror("blocking sel in d_step (nr.707, near line 148)");
S_7098_0: /* 2 */
		goto S_7099_0;	/* 'break' */
S_7099_0: /* 2 */
		v = 0;
#ifdef VAR_RANGES
		logval("v", ((int)v));
#endif
		;
		goto S_7126_0;
S_7126_0: /* 2 */
S_7124_0: /* 2 */
S_7101_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])>0)))
			goto S_7124_1;
S_7105_0: /* 2 */
S_7102_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ])<=((int)now.nexp))))
			goto S_7105_1;
S_7103_0: /* 2 */
		now.nexp = (((int)now.nexp)-1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_7106_0;
S_7105_1: /* 3 */
S_7104_0: /* 2 */
		/* else */;
		goto S_7106_0;
S_7105_2: /* 3 */
		Uerror("blocking sel in d_step (nr.708, near line 181)");
S_7106_0: /* 2 */
S_7107_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7118_0: /* 2 */
S_7117_0: /* 2 */
S_7108_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_7117_1;
S_7112_0: /* 2 */
S_7109_0: /* 2 */
		if (!((((int)now.lrank[ Index(((int)q), 4) ])>((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]))))
			goto S_7112_1;
S_7110_0: /* 2 */
		now.lrank[ Index(q, 4) ] = (((int)now.lrank[ Index(((int)q), 4) ])-1);
#ifdef VAR_RANGES
		logval("lrank[q]", ((int)now.lrank[ Index(((int)q), 4) ]));
#endif
		;
		goto S_7113_0;
S_7112_1: /* 3 */
S_7111_0: /* 2 */
		/* else */;
		goto S_7113_0;
S_7112_2: /* 3 */
		Uerror("blocking sel in d_step (nr.709, near line 183)");
S_7113_0: /* 2 */
S_7114_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7118_0; /* ';' */
S_7117_1: /* 3 */
S_7115_0: /* 2 */
		/* else */;
S_7116_0: /* 2 */
		goto S_7120_0;	/* 'goto' */
S_7117_2: /* 3 */
		Uerror("blocking sel in d_step (nr.710, near line 183)");
S_7119_0: /* 2 */
		goto S_7120_0;	/* 'break' */
S_7120_0: /* 2 */
		now.lrank[ Index(((P3 *)_this)->me, 4) ] = 0;
#ifdef VAR_RANGES
		logval("lrank[flusher:me]", ((int)now.lrank[ Index(((int)((P3 *)_this)->me), 4) ]));
#endif
		;
S_7121_0: /* 2 */
		now.nleases = (((int)now.nleases)-1);
#ifdef VAR_RANGES
		logval("nleases", ((int)now.nleases));
#endif
		;
S_7122_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7125_0;
S_7124_1: /* 3 */
S_7123_0: /* 2 */
		/* else */;
		goto S_7125_0;
S_7124_2: /* 3 */
		Uerror("blocking sel in d_step (nr.711, near line 179)");
S_7125_0: /* 2 */
		goto S_7127_0;
S_7127_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7135_0: /* 2 */
S_7134_0: /* 2 */
S_7128_0: /* 2 */
		if (!((((int)q)<((int)t))))
			goto S_7134_1;
S_7129_0: /* 2 */
		spin_assert((((int)now.pend.e[ Index(((int)q), 3) ])==((int)tmp[ Index(((int)q), 3) ])), "(pend.e[q]==tmp[q])", II, tt, t);
S_7130_0: /* 2 */
		tmp[ Index(q, 3) ] = 0;
#ifdef VAR_RANGES
		logval("tmp[q]", ((int)tmp[ Index(((int)q), 3) ]));
#endif
		;
S_7131_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7135_0; /* ';' */
S_7134_1: /* 3 */
S_7132_0: /* 2 */
		/* else */;
S_7133_0: /* 2 */
		goto S_7137_0;	/* 'goto' */
S_7134_2: /* 3 */
		Uerror("blocking sel in d_step (nr.712, near line 540)");
S_7136_0: /* 2 */
		goto S_7137_0;	/* 'break' */
S_7137_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7138_0: /* 2 */
		t = 0;
#ifdef VAR_RANGES
		logval("t", ((int)t));
#endif
		;
S_7139_0: /* 2 */
		((P3 *)_this)->rerr = 1;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
		goto S_7142_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 470: // STATE 6804 - memflush.pml:540 - [((rerr==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6804] = 1;
		if (!((((int)((P3 *)_this)->rerr)==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 471: // STATE 6805 - memflush.pml:540 - [needrq = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6805] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 472: // STATE 6806 - memflush.pml:540 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6806] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 473: // STATE 6808 - memflush.pml:540 - [(rerr)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6808] = 1;
		if (!(((int)((P3 *)_this)->rerr)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 474: // STATE 6810 - memflush.pml:540 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6810] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 475: // STATE 6811 - memflush.pml:540 - [fail = 1] (0:0:2 - 1)
		IfNotBlocked
		reached[3][6811] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		if (TstOnly) return 1; /* TT */
		/* dead 2: fail */  
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 476: // STATE 6820 - memflush.pml:540 - [fail = 1] (0:0:1 - 5)
		IfNotBlocked
		reached[3][6820] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 1;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 477: // STATE 6829 - memflush.pml:540 - [(fail)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6829] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 478: // STATE 6832 - memflush.pml:540 - [(released)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6832] = 1;
		if (!(((int)((P3 *)_this)->released)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: released */  (trpt+1)->bup.oval = ((P3 *)_this)->released;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->released = 0;
		_m = 3; goto P999; /* 0 */
	case 479: // STATE 6833 - memflush.pml:540 - [expected = (expected-sn[((me*2)+b)])] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6833] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = (((int)((P3 *)_this)->expected)-((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 480: // STATE 6835 - memflush.pml:540 - [expected = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6835] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->expected);
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 481: // STATE 6836 - memflush.pml:540 - [needrq = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6836] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->needrq);
		((P3 *)_this)->needrq = 1;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 482: // STATE 6839 - memflush.pml:540 - [D_STEP540]
		IfNotBlocked

		reached[3][6839] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7176_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+0), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+0)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+0), 8) ]));
#endif
		;
S_7177_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+1), 8) ] = 1;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+1)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+1), 8) ]));
#endif
		;
		goto S_7180_0;
S_7180_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 483: // STATE 6842 - memflush.pml:540 - [overlap = 1] (0:0:1 - 3)
		IfNotBlocked
		reached[3][6842] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->overlap);
		((P3 *)_this)->overlap = 1;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 484: // STATE 6855 - memflush.pml:540 - [D_STEP540]
		IfNotBlocked

		reached[3][6855] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7182_0: /* 2 */
		now.sc[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sc[((flusher:me*2)+flusher:b)]", ((int)now.sc[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_7183_0: /* 2 */
		now.sg[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sg[((flusher:me*2)+flusher:b)]", ((int)now.sg[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_7184_0: /* 2 */
		now.sd[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sd[((flusher:me*2)+flusher:b)]", ((int)now.sd[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_7185_0: /* 2 */
		now.sn[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("sn[((flusher:me*2)+flusher:b)]", ((int)now.sn[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_7186_0: /* 2 */
		now.slost[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("slost[((flusher:me*2)+flusher:b)]", ((int)now.slost[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
S_7192_0: /* 2 */
S_7187_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])==1)))
			goto S_7192_1;
S_7188_0: /* 2 */
		now.txo[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 1;
#ifdef VAR_RANGES
		logval("txo[((flusher:me*2)+flusher:b)]", ((int)now.txo[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_7193_0;
S_7192_1: /* 3 */
S_7189_0: /* 2 */
		if (!((((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ])>=2)))
			goto S_7192_2;
S_7190_0: /* 2 */
		now.txs[ Index(((((P3 *)_this)->me*2)+((P3 *)_this)->b), 8) ] = 0;
#ifdef VAR_RANGES
		logval("txs[((flusher:me*2)+flusher:b)]", ((int)now.txs[ Index(((((int)((P3 *)_this)->me)*2)+((int)((P3 *)_this)->b)), 8) ]));
#endif
		;
		goto S_7193_0;
S_7192_2: /* 3 */
S_7191_0: /* 2 */
		/* else */;
		goto S_7193_0;
S_7192_3: /* 3 */
		Uerror("blocking sel in d_step (nr.713, near line 540)");
S_7193_0: /* 2 */
		goto S_7196_0;
S_7196_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 485: // STATE 6858 - memflush.pml:540 - [released = 0] (0:0:1 - 3)
		IfNotBlocked
		reached[3][6858] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->released);
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 486: // STATE 6866 - memflush.pml:544 - [a = 0] (0:0:1 - 35)
		IfNotBlocked
		reached[3][6866] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->a);
		((P3 *)_this)->a = 0;
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 487: // STATE 6867 - memflush.pml:544 - [b = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6867] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->b);
		((P3 *)_this)->b = 0;
#ifdef VAR_RANGES
		logval("flusher:b", ((int)((P3 *)_this)->b));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 488: // STATE 6868 - memflush.pml:544 - [send = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6868] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->send);
		((P3 *)_this)->send = 0;
#ifdef VAR_RANGES
		logval("flusher:send", ((int)((P3 *)_this)->send));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 489: // STATE 6869 - memflush.pml:546 - [(fail)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6869] = 1;
		if (!(((int)((P3 *)_this)->fail)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: fail */  (trpt+1)->bup.oval = ((P3 *)_this)->fail;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->fail = 0;
		_m = 3; goto P999; /* 0 */
	case 490: // STATE 6870 - memflush.pml:546 - [fail = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6870] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->fail);
		((P3 *)_this)->fail = 0;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 491: // STATE 6880 - memflush.pml:551 - [a = 0] (0:0:1 - 4)
		IfNotBlocked
		reached[3][6880] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->a);
		((P3 *)_this)->a = 0;
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 492: // STATE 6881 - memflush.pml:551 - [b = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6881] = 1;
		(trpt+1)->bup.oval = ((int)((P3 *)_this)->b);
		((P3 *)_this)->b = 0;
#ifdef VAR_RANGES
		logval("flusher:b", ((int)((P3 *)_this)->b));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 493: // STATE 6882 - memflush.pml:553 - [(sw)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6882] = 1;
		if (!(((int)((P3 *)_this)->sw)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 494: // STATE 6908 - memflush.pml:556 - [D_STEP556]
		/* default 258 */
		

		reached[3][6908] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7222_0: /* 2 */
		spin_assert(((((int)now.pend.n)==0)&&(((int)now.nleases)==0)), "((pend.n==0)&&(nleases==0))", II, tt, t);
S_7223_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7230_0: /* 2 */
S_7229_0: /* 2 */
S_7224_0: /* 2 */
		if (!((((int)q)<(3+1))))
			goto S_7229_1;
S_7225_0: /* 2 */
		spin_assert((((int)now.inf[ Index(((int)q), 4) ].n)==0), "(inf[q].n==0)", II, tt, t);
S_7226_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7230_0; /* ';' */
S_7229_1: /* 3 */
S_7227_0: /* 2 */
		/* else */;
S_7228_0: /* 2 */
		goto S_7232_0;	/* 'goto' */
S_7229_2: /* 3 */
		Uerror("blocking sel in d_step (nr.714, near line 558)");
S_7231_0: /* 2 */
		goto S_7232_0;	/* 'break' */
S_7232_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_7244_0: /* 2 */
S_7243_0: /* 2 */
S_7233_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_7243_1;
S_7238_0: /* 2 */
S_7234_0: /* 2 */
		if (!((((int)now.preU)&(1<<((int)q)))))
			goto S_7238_1;
S_7235_0: /* 2 */
		spin_assert(((((int)now.tbl[ Index(((int)q), 4) ])==0)&&(((int)now.dead[ Index(((int)q), 4) ])==0)), "((tbl[q]==0)&&(dead[q]==0))", II, tt, t);
		goto S_7239_0;
S_7238_1: /* 3 */
S_7236_0: /* 2 */
		/* else */;
S_7237_0: /* 2 */
		spin_assert((((((int)now.tbl[ Index(((int)q), 4) ])+((int)now.dead[ Index(((int)q), 4) ]))==1)&&(( (((1<<2)&(1<<((int)q)))) ? (((int)now.dead[ Index(((int)q), 4) ])) : (((int)now.tbl[ Index(((int)q), 4) ])) )==1)), "(((tbl[q]+dead[q])==1)&&(( (((1<<2)&(1<<q))) ? (dead[q]) : (tbl[q]) )==1))", II, tt, t);
		goto S_7239_0;
S_7238_2: /* 3 */
		Uerror("blocking sel in d_step (nr.715, near line 562)");
S_7239_0: /* 2 */
S_7240_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7244_0; /* ';' */
S_7243_1: /* 3 */
S_7241_0: /* 2 */
		/* else */;
S_7242_0: /* 2 */
		goto S_7245_0;	/* 'goto' */
S_7243_2: /* 3 */
		Uerror("blocking sel in d_step (nr.716, near line 560)");
S_7245_0: /* 2 */
		goto S_7246_0;	/* 'break' */
S_7246_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_7250_0;
S_7250_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 495: // STATE 6956 - memflush.pml:581 - [D_STEP581]
		IfNotBlocked

		reached[3][6956] = 1;
		reached[3][t->st] = 1;
		reached[3][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_7279_0: /* 2 */
		((P3 *)_this)->expected = 0;
#ifdef VAR_RANGES
		logval("flusher:expected", ((int)((P3 *)_this)->expected));
#endif
		;
S_7280_0: /* 2 */
		((P3 *)_this)->m = 0;
#ifdef VAR_RANGES
		logval("flusher:m", ((int)((P3 *)_this)->m));
#endif
		;
S_7281_0: /* 2 */
		((P3 *)_this)->k = 0;
#ifdef VAR_RANGES
		logval("flusher:k", ((int)((P3 *)_this)->k));
#endif
		;
S_7282_0: /* 2 */
		((P3 *)_this)->got = 0;
#ifdef VAR_RANGES
		logval("flusher:got", ((int)((P3 *)_this)->got));
#endif
		;
S_7283_0: /* 2 */
		((P3 *)_this)->have = 0;
#ifdef VAR_RANGES
		logval("flusher:have", ((int)((P3 *)_this)->have));
#endif
		;
S_7284_0: /* 2 */
		((P3 *)_this)->pn = 0;
#ifdef VAR_RANGES
		logval("flusher:pn", ((int)((P3 *)_this)->pn));
#endif
		;
S_7285_0: /* 2 */
		((P3 *)_this)->a = 0;
#ifdef VAR_RANGES
		logval("flusher:a", ((int)((P3 *)_this)->a));
#endif
		;
S_7286_0: /* 2 */
		((P3 *)_this)->b = 0;
#ifdef VAR_RANGES
		logval("flusher:b", ((int)((P3 *)_this)->b));
#endif
		;
S_7287_0: /* 2 */
		((P3 *)_this)->sent = 0;
#ifdef VAR_RANGES
		logval("flusher:sent", ((int)((P3 *)_this)->sent));
#endif
		;
S_7288_0: /* 2 */
		((P3 *)_this)->needrq = 0;
#ifdef VAR_RANGES
		logval("flusher:needrq", ((int)((P3 *)_this)->needrq));
#endif
		;
S_7289_0: /* 2 */
		((P3 *)_this)->overlap = 0;
#ifdef VAR_RANGES
		logval("flusher:overlap", ((int)((P3 *)_this)->overlap));
#endif
		;
S_7290_0: /* 2 */
		((P3 *)_this)->rerr = 0;
#ifdef VAR_RANGES
		logval("flusher:rerr", ((int)((P3 *)_this)->rerr));
#endif
		;
S_7291_0: /* 2 */
		((P3 *)_this)->fail = 0;
#ifdef VAR_RANGES
		logval("flusher:fail", ((int)((P3 *)_this)->fail));
#endif
		;
S_7292_0: /* 2 */
		((P3 *)_this)->released = 0;
#ifdef VAR_RANGES
		logval("flusher:released", ((int)((P3 *)_this)->released));
#endif
		;
S_7293_0: /* 2 */
		((P3 *)_this)->lost = 0;
#ifdef VAR_RANGES
		logval("flusher:lost", ((int)((P3 *)_this)->lost));
#endif
		;
S_7294_0: /* 2 */
		((P3 *)_this)->send = 0;
#ifdef VAR_RANGES
		logval("flusher:send", ((int)((P3 *)_this)->send));
#endif
		;
		goto S_7300_0;
S_7300_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 496: // STATE 6957 - memflush.pml:583 - [(sw)] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6957] = 1;
		if (!(((int)((P3 *)_this)->sw)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 497: // STATE 6963 - memflush.pml:585 - [(!(sw))] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6963] = 1;
		if (!( !(((int)((P3 *)_this)->sw))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: sw */  (trpt+1)->bup.oval = ((P3 *)_this)->sw;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P3 *)_this)->sw = 0;
		_m = 3; goto P999; /* 0 */
	case 498: // STATE 6964 - memflush.pml:585 - [ndone = (ndone+1)] (0:0:1 - 1)
		IfNotBlocked
		reached[3][6964] = 1;
		(trpt+1)->bup.oval = ((int)now.ndone);
		now.ndone = (((int)now.ndone)+1);
#ifdef VAR_RANGES
		logval("ndone", ((int)now.ndone));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 499: // STATE 6968 - memflush.pml:586 - [-end-] (0:0:0 - 3)
		IfNotBlocked
		reached[3][6968] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC pg */
	case 500: // STATE 27 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[0])==1)))
			continue;

		reached[2][27] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_024_0: /* 2 */
		if (!((((int)now.txs[0])==1)))
			Uerror("block in d_step seq");
S_025_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_038_0: /* 2 */
S_037_0: /* 2 */
S_026_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_037_1;
S_032_0: /* 2 */
S_027_0: /* 2 */
		if (!(((((int)now.txm[0])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_032_1;
S_028_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_029_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_030_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_033_0;
S_032_1: /* 3 */
S_031_0: /* 2 */
		/* else */;
		goto S_033_0;
S_032_2: /* 3 */
		Uerror("blocking sel in d_step (nr.717, near line 236)");
S_033_0: /* 2 */
S_034_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_038_0; /* ';' */
S_037_1: /* 3 */
S_035_0: /* 2 */
		/* else */;
S_036_0: /* 2 */
		goto S_040_0;	/* 'goto' */
S_037_2: /* 3 */
		Uerror("blocking sel in d_step (nr.718, near line 236)");
S_039_0: /* 2 */
		goto S_040_0;	/* 'break' */
S_040_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_041_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_042_0: /* 2 */
		now.txm[0] = 0;
#ifdef VAR_RANGES
		logval("txm[0]", ((int)now.txm[0]));
#endif
		;
S_048_0: /* 2 */
S_043_0: /* 2 */
		if (!(((int)now.txo[0])))
			goto S_048_1;
S_044_0: /* 2 */
		now.txs[0] = 0;
#ifdef VAR_RANGES
		logval("txs[0]", ((int)now.txs[0]));
#endif
		;
S_045_0: /* 2 */
		now.txo[0] = 0;
#ifdef VAR_RANGES
		logval("txo[0]", ((int)now.txo[0]));
#endif
		;
		goto S_049_0;
S_048_1: /* 3 */
S_046_0: /* 2 */
		/* else */;
S_047_0: /* 2 */
		now.txs[0] = 2;
#ifdef VAR_RANGES
		logval("txs[0]", ((int)now.txs[0]));
#endif
		;
		goto S_049_0;
S_048_2: /* 3 */
		Uerror("blocking sel in d_step (nr.719, near line 236)");
S_049_0: /* 2 */
		goto S_337_0;
S_337_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 501: // STATE 39 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[0])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][39] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_051_0: /* 2 */
		if (!((((((int)now.txs[0])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_052_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_053_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_054_0: /* 2 */
		now.txm[0] = 0;
#ifdef VAR_RANGES
		logval("txm[0]", ((int)now.txm[0]));
#endif
		;
S_060_0: /* 2 */
S_055_0: /* 2 */
		if (!(((int)now.txo[0])))
			goto S_060_1;
S_056_0: /* 2 */
		now.txs[0] = 0;
#ifdef VAR_RANGES
		logval("txs[0]", ((int)now.txs[0]));
#endif
		;
S_057_0: /* 2 */
		now.txo[0] = 0;
#ifdef VAR_RANGES
		logval("txo[0]", ((int)now.txo[0]));
#endif
		;
		goto S_061_0;
S_060_1: /* 3 */
S_058_0: /* 2 */
		/* else */;
S_059_0: /* 2 */
		now.txs[0] = 3;
#ifdef VAR_RANGES
		logval("txs[0]", ((int)now.txs[0]));
#endif
		;
		goto S_061_0;
S_060_2: /* 3 */
		Uerror("blocking sel in d_step (nr.720, near line 236)");
S_061_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 502: // STATE 66 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[1])==1)))
			continue;

		reached[2][66] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_063_0: /* 2 */
		if (!((((int)now.txs[1])==1)))
			Uerror("block in d_step seq");
S_064_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_077_0: /* 2 */
S_076_0: /* 2 */
S_065_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_076_1;
S_071_0: /* 2 */
S_066_0: /* 2 */
		if (!(((((int)now.txm[1])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_071_1;
S_067_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_068_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_069_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_072_0;
S_071_1: /* 3 */
S_070_0: /* 2 */
		/* else */;
		goto S_072_0;
S_071_2: /* 3 */
		Uerror("blocking sel in d_step (nr.721, near line 236)");
S_072_0: /* 2 */
S_073_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_077_0; /* ';' */
S_076_1: /* 3 */
S_074_0: /* 2 */
		/* else */;
S_075_0: /* 2 */
		goto S_079_0;	/* 'goto' */
S_076_2: /* 3 */
		Uerror("blocking sel in d_step (nr.722, near line 236)");
S_078_0: /* 2 */
		goto S_079_0;	/* 'break' */
S_079_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_080_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_081_0: /* 2 */
		now.txm[1] = 0;
#ifdef VAR_RANGES
		logval("txm[1]", ((int)now.txm[1]));
#endif
		;
S_087_0: /* 2 */
S_082_0: /* 2 */
		if (!(((int)now.txo[1])))
			goto S_087_1;
S_083_0: /* 2 */
		now.txs[1] = 0;
#ifdef VAR_RANGES
		logval("txs[1]", ((int)now.txs[1]));
#endif
		;
S_084_0: /* 2 */
		now.txo[1] = 0;
#ifdef VAR_RANGES
		logval("txo[1]", ((int)now.txo[1]));
#endif
		;
		goto S_088_0;
S_087_1: /* 3 */
S_085_0: /* 2 */
		/* else */;
S_086_0: /* 2 */
		now.txs[1] = 2;
#ifdef VAR_RANGES
		logval("txs[1]", ((int)now.txs[1]));
#endif
		;
		goto S_088_0;
S_087_2: /* 3 */
		Uerror("blocking sel in d_step (nr.723, near line 236)");
S_088_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 503: // STATE 78 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[1])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][78] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_090_0: /* 2 */
		if (!((((((int)now.txs[1])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_091_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_092_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_093_0: /* 2 */
		now.txm[1] = 0;
#ifdef VAR_RANGES
		logval("txm[1]", ((int)now.txm[1]));
#endif
		;
S_099_0: /* 2 */
S_094_0: /* 2 */
		if (!(((int)now.txo[1])))
			goto S_099_1;
S_095_0: /* 2 */
		now.txs[1] = 0;
#ifdef VAR_RANGES
		logval("txs[1]", ((int)now.txs[1]));
#endif
		;
S_096_0: /* 2 */
		now.txo[1] = 0;
#ifdef VAR_RANGES
		logval("txo[1]", ((int)now.txo[1]));
#endif
		;
		goto S_100_0;
S_099_1: /* 3 */
S_097_0: /* 2 */
		/* else */;
S_098_0: /* 2 */
		now.txs[1] = 3;
#ifdef VAR_RANGES
		logval("txs[1]", ((int)now.txs[1]));
#endif
		;
		goto S_100_0;
S_099_2: /* 3 */
		Uerror("blocking sel in d_step (nr.724, near line 236)");
S_100_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 504: // STATE 105 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[2])==1)))
			continue;

		reached[2][105] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_102_0: /* 2 */
		if (!((((int)now.txs[2])==1)))
			Uerror("block in d_step seq");
S_103_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_116_0: /* 2 */
S_115_0: /* 2 */
S_104_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_115_1;
S_110_0: /* 2 */
S_105_0: /* 2 */
		if (!(((((int)now.txm[2])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_110_1;
S_106_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_107_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_108_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_111_0;
S_110_1: /* 3 */
S_109_0: /* 2 */
		/* else */;
		goto S_111_0;
S_110_2: /* 3 */
		Uerror("blocking sel in d_step (nr.725, near line 236)");
S_111_0: /* 2 */
S_112_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_116_0; /* ';' */
S_115_1: /* 3 */
S_113_0: /* 2 */
		/* else */;
S_114_0: /* 2 */
		goto S_118_0;	/* 'goto' */
S_115_2: /* 3 */
		Uerror("blocking sel in d_step (nr.726, near line 236)");
S_117_0: /* 2 */
		goto S_118_0;	/* 'break' */
S_118_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_119_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_120_0: /* 2 */
		now.txm[2] = 0;
#ifdef VAR_RANGES
		logval("txm[2]", ((int)now.txm[2]));
#endif
		;
S_126_0: /* 2 */
S_121_0: /* 2 */
		if (!(((int)now.txo[2])))
			goto S_126_1;
S_122_0: /* 2 */
		now.txs[2] = 0;
#ifdef VAR_RANGES
		logval("txs[2]", ((int)now.txs[2]));
#endif
		;
S_123_0: /* 2 */
		now.txo[2] = 0;
#ifdef VAR_RANGES
		logval("txo[2]", ((int)now.txo[2]));
#endif
		;
		goto S_127_0;
S_126_1: /* 3 */
S_124_0: /* 2 */
		/* else */;
S_125_0: /* 2 */
		now.txs[2] = 2;
#ifdef VAR_RANGES
		logval("txs[2]", ((int)now.txs[2]));
#endif
		;
		goto S_127_0;
S_126_2: /* 3 */
		Uerror("blocking sel in d_step (nr.727, near line 236)");
S_127_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 505: // STATE 117 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[2])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][117] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_129_0: /* 2 */
		if (!((((((int)now.txs[2])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_130_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_131_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_132_0: /* 2 */
		now.txm[2] = 0;
#ifdef VAR_RANGES
		logval("txm[2]", ((int)now.txm[2]));
#endif
		;
S_138_0: /* 2 */
S_133_0: /* 2 */
		if (!(((int)now.txo[2])))
			goto S_138_1;
S_134_0: /* 2 */
		now.txs[2] = 0;
#ifdef VAR_RANGES
		logval("txs[2]", ((int)now.txs[2]));
#endif
		;
S_135_0: /* 2 */
		now.txo[2] = 0;
#ifdef VAR_RANGES
		logval("txo[2]", ((int)now.txo[2]));
#endif
		;
		goto S_139_0;
S_138_1: /* 3 */
S_136_0: /* 2 */
		/* else */;
S_137_0: /* 2 */
		now.txs[2] = 3;
#ifdef VAR_RANGES
		logval("txs[2]", ((int)now.txs[2]));
#endif
		;
		goto S_139_0;
S_138_2: /* 3 */
		Uerror("blocking sel in d_step (nr.728, near line 236)");
S_139_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 506: // STATE 144 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[3])==1)))
			continue;

		reached[2][144] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_141_0: /* 2 */
		if (!((((int)now.txs[3])==1)))
			Uerror("block in d_step seq");
S_142_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_155_0: /* 2 */
S_154_0: /* 2 */
S_143_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_154_1;
S_149_0: /* 2 */
S_144_0: /* 2 */
		if (!(((((int)now.txm[3])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_149_1;
S_145_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_146_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_147_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_150_0;
S_149_1: /* 3 */
S_148_0: /* 2 */
		/* else */;
		goto S_150_0;
S_149_2: /* 3 */
		Uerror("blocking sel in d_step (nr.729, near line 236)");
S_150_0: /* 2 */
S_151_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_155_0; /* ';' */
S_154_1: /* 3 */
S_152_0: /* 2 */
		/* else */;
S_153_0: /* 2 */
		goto S_157_0;	/* 'goto' */
S_154_2: /* 3 */
		Uerror("blocking sel in d_step (nr.730, near line 236)");
S_156_0: /* 2 */
		goto S_157_0;	/* 'break' */
S_157_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_158_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_159_0: /* 2 */
		now.txm[3] = 0;
#ifdef VAR_RANGES
		logval("txm[3]", ((int)now.txm[3]));
#endif
		;
S_165_0: /* 2 */
S_160_0: /* 2 */
		if (!(((int)now.txo[3])))
			goto S_165_1;
S_161_0: /* 2 */
		now.txs[3] = 0;
#ifdef VAR_RANGES
		logval("txs[3]", ((int)now.txs[3]));
#endif
		;
S_162_0: /* 2 */
		now.txo[3] = 0;
#ifdef VAR_RANGES
		logval("txo[3]", ((int)now.txo[3]));
#endif
		;
		goto S_166_0;
S_165_1: /* 3 */
S_163_0: /* 2 */
		/* else */;
S_164_0: /* 2 */
		now.txs[3] = 2;
#ifdef VAR_RANGES
		logval("txs[3]", ((int)now.txs[3]));
#endif
		;
		goto S_166_0;
S_165_2: /* 3 */
		Uerror("blocking sel in d_step (nr.731, near line 236)");
S_166_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 507: // STATE 156 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[3])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][156] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_168_0: /* 2 */
		if (!((((((int)now.txs[3])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_169_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_170_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_171_0: /* 2 */
		now.txm[3] = 0;
#ifdef VAR_RANGES
		logval("txm[3]", ((int)now.txm[3]));
#endif
		;
S_177_0: /* 2 */
S_172_0: /* 2 */
		if (!(((int)now.txo[3])))
			goto S_177_1;
S_173_0: /* 2 */
		now.txs[3] = 0;
#ifdef VAR_RANGES
		logval("txs[3]", ((int)now.txs[3]));
#endif
		;
S_174_0: /* 2 */
		now.txo[3] = 0;
#ifdef VAR_RANGES
		logval("txo[3]", ((int)now.txo[3]));
#endif
		;
		goto S_178_0;
S_177_1: /* 3 */
S_175_0: /* 2 */
		/* else */;
S_176_0: /* 2 */
		now.txs[3] = 3;
#ifdef VAR_RANGES
		logval("txs[3]", ((int)now.txs[3]));
#endif
		;
		goto S_178_0;
S_177_2: /* 3 */
		Uerror("blocking sel in d_step (nr.732, near line 236)");
S_178_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 508: // STATE 183 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[4])==1)))
			continue;

		reached[2][183] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_180_0: /* 2 */
		if (!((((int)now.txs[4])==1)))
			Uerror("block in d_step seq");
S_181_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_194_0: /* 2 */
S_193_0: /* 2 */
S_182_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_193_1;
S_188_0: /* 2 */
S_183_0: /* 2 */
		if (!(((((int)now.txm[4])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_188_1;
S_184_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_185_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_186_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_189_0;
S_188_1: /* 3 */
S_187_0: /* 2 */
		/* else */;
		goto S_189_0;
S_188_2: /* 3 */
		Uerror("blocking sel in d_step (nr.733, near line 236)");
S_189_0: /* 2 */
S_190_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_194_0; /* ';' */
S_193_1: /* 3 */
S_191_0: /* 2 */
		/* else */;
S_192_0: /* 2 */
		goto S_196_0;	/* 'goto' */
S_193_2: /* 3 */
		Uerror("blocking sel in d_step (nr.734, near line 236)");
S_195_0: /* 2 */
		goto S_196_0;	/* 'break' */
S_196_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_197_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_198_0: /* 2 */
		now.txm[4] = 0;
#ifdef VAR_RANGES
		logval("txm[4]", ((int)now.txm[4]));
#endif
		;
S_204_0: /* 2 */
S_199_0: /* 2 */
		if (!(((int)now.txo[4])))
			goto S_204_1;
S_200_0: /* 2 */
		now.txs[4] = 0;
#ifdef VAR_RANGES
		logval("txs[4]", ((int)now.txs[4]));
#endif
		;
S_201_0: /* 2 */
		now.txo[4] = 0;
#ifdef VAR_RANGES
		logval("txo[4]", ((int)now.txo[4]));
#endif
		;
		goto S_205_0;
S_204_1: /* 3 */
S_202_0: /* 2 */
		/* else */;
S_203_0: /* 2 */
		now.txs[4] = 2;
#ifdef VAR_RANGES
		logval("txs[4]", ((int)now.txs[4]));
#endif
		;
		goto S_205_0;
S_204_2: /* 3 */
		Uerror("blocking sel in d_step (nr.735, near line 236)");
S_205_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 509: // STATE 195 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[4])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][195] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_207_0: /* 2 */
		if (!((((((int)now.txs[4])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_208_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_209_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_210_0: /* 2 */
		now.txm[4] = 0;
#ifdef VAR_RANGES
		logval("txm[4]", ((int)now.txm[4]));
#endif
		;
S_216_0: /* 2 */
S_211_0: /* 2 */
		if (!(((int)now.txo[4])))
			goto S_216_1;
S_212_0: /* 2 */
		now.txs[4] = 0;
#ifdef VAR_RANGES
		logval("txs[4]", ((int)now.txs[4]));
#endif
		;
S_213_0: /* 2 */
		now.txo[4] = 0;
#ifdef VAR_RANGES
		logval("txo[4]", ((int)now.txo[4]));
#endif
		;
		goto S_217_0;
S_216_1: /* 3 */
S_214_0: /* 2 */
		/* else */;
S_215_0: /* 2 */
		now.txs[4] = 3;
#ifdef VAR_RANGES
		logval("txs[4]", ((int)now.txs[4]));
#endif
		;
		goto S_217_0;
S_216_2: /* 3 */
		Uerror("blocking sel in d_step (nr.736, near line 236)");
S_217_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 510: // STATE 222 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[5])==1)))
			continue;

		reached[2][222] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_219_0: /* 2 */
		if (!((((int)now.txs[5])==1)))
			Uerror("block in d_step seq");
S_220_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_233_0: /* 2 */
S_232_0: /* 2 */
S_221_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_232_1;
S_227_0: /* 2 */
S_222_0: /* 2 */
		if (!(((((int)now.txm[5])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_227_1;
S_223_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_224_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_225_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_228_0;
S_227_1: /* 3 */
S_226_0: /* 2 */
		/* else */;
		goto S_228_0;
S_227_2: /* 3 */
		Uerror("blocking sel in d_step (nr.737, near line 236)");
S_228_0: /* 2 */
S_229_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_233_0; /* ';' */
S_232_1: /* 3 */
S_230_0: /* 2 */
		/* else */;
S_231_0: /* 2 */
		goto S_235_0;	/* 'goto' */
S_232_2: /* 3 */
		Uerror("blocking sel in d_step (nr.738, near line 236)");
S_234_0: /* 2 */
		goto S_235_0;	/* 'break' */
S_235_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_236_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_237_0: /* 2 */
		now.txm[5] = 0;
#ifdef VAR_RANGES
		logval("txm[5]", ((int)now.txm[5]));
#endif
		;
S_243_0: /* 2 */
S_238_0: /* 2 */
		if (!(((int)now.txo[5])))
			goto S_243_1;
S_239_0: /* 2 */
		now.txs[5] = 0;
#ifdef VAR_RANGES
		logval("txs[5]", ((int)now.txs[5]));
#endif
		;
S_240_0: /* 2 */
		now.txo[5] = 0;
#ifdef VAR_RANGES
		logval("txo[5]", ((int)now.txo[5]));
#endif
		;
		goto S_244_0;
S_243_1: /* 3 */
S_241_0: /* 2 */
		/* else */;
S_242_0: /* 2 */
		now.txs[5] = 2;
#ifdef VAR_RANGES
		logval("txs[5]", ((int)now.txs[5]));
#endif
		;
		goto S_244_0;
S_243_2: /* 3 */
		Uerror("blocking sel in d_step (nr.739, near line 236)");
S_244_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 511: // STATE 234 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[5])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][234] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_246_0: /* 2 */
		if (!((((((int)now.txs[5])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_247_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_248_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_249_0: /* 2 */
		now.txm[5] = 0;
#ifdef VAR_RANGES
		logval("txm[5]", ((int)now.txm[5]));
#endif
		;
S_255_0: /* 2 */
S_250_0: /* 2 */
		if (!(((int)now.txo[5])))
			goto S_255_1;
S_251_0: /* 2 */
		now.txs[5] = 0;
#ifdef VAR_RANGES
		logval("txs[5]", ((int)now.txs[5]));
#endif
		;
S_252_0: /* 2 */
		now.txo[5] = 0;
#ifdef VAR_RANGES
		logval("txo[5]", ((int)now.txo[5]));
#endif
		;
		goto S_256_0;
S_255_1: /* 3 */
S_253_0: /* 2 */
		/* else */;
S_254_0: /* 2 */
		now.txs[5] = 3;
#ifdef VAR_RANGES
		logval("txs[5]", ((int)now.txs[5]));
#endif
		;
		goto S_256_0;
S_255_2: /* 3 */
		Uerror("blocking sel in d_step (nr.740, near line 236)");
S_256_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 512: // STATE 261 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[6])==1)))
			continue;

		reached[2][261] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_258_0: /* 2 */
		if (!((((int)now.txs[6])==1)))
			Uerror("block in d_step seq");
S_259_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_272_0: /* 2 */
S_271_0: /* 2 */
S_260_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_271_1;
S_266_0: /* 2 */
S_261_0: /* 2 */
		if (!(((((int)now.txm[6])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_266_1;
S_262_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_263_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_264_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_267_0;
S_266_1: /* 3 */
S_265_0: /* 2 */
		/* else */;
		goto S_267_0;
S_266_2: /* 3 */
		Uerror("blocking sel in d_step (nr.741, near line 236)");
S_267_0: /* 2 */
S_268_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_272_0; /* ';' */
S_271_1: /* 3 */
S_269_0: /* 2 */
		/* else */;
S_270_0: /* 2 */
		goto S_274_0;	/* 'goto' */
S_271_2: /* 3 */
		Uerror("blocking sel in d_step (nr.742, near line 236)");
S_273_0: /* 2 */
		goto S_274_0;	/* 'break' */
S_274_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_275_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_276_0: /* 2 */
		now.txm[6] = 0;
#ifdef VAR_RANGES
		logval("txm[6]", ((int)now.txm[6]));
#endif
		;
S_282_0: /* 2 */
S_277_0: /* 2 */
		if (!(((int)now.txo[6])))
			goto S_282_1;
S_278_0: /* 2 */
		now.txs[6] = 0;
#ifdef VAR_RANGES
		logval("txs[6]", ((int)now.txs[6]));
#endif
		;
S_279_0: /* 2 */
		now.txo[6] = 0;
#ifdef VAR_RANGES
		logval("txo[6]", ((int)now.txo[6]));
#endif
		;
		goto S_283_0;
S_282_1: /* 3 */
S_280_0: /* 2 */
		/* else */;
S_281_0: /* 2 */
		now.txs[6] = 2;
#ifdef VAR_RANGES
		logval("txs[6]", ((int)now.txs[6]));
#endif
		;
		goto S_283_0;
S_282_2: /* 3 */
		Uerror("blocking sel in d_step (nr.743, near line 236)");
S_283_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 513: // STATE 273 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[6])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][273] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_285_0: /* 2 */
		if (!((((((int)now.txs[6])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_286_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_287_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_288_0: /* 2 */
		now.txm[6] = 0;
#ifdef VAR_RANGES
		logval("txm[6]", ((int)now.txm[6]));
#endif
		;
S_294_0: /* 2 */
S_289_0: /* 2 */
		if (!(((int)now.txo[6])))
			goto S_294_1;
S_290_0: /* 2 */
		now.txs[6] = 0;
#ifdef VAR_RANGES
		logval("txs[6]", ((int)now.txs[6]));
#endif
		;
S_291_0: /* 2 */
		now.txo[6] = 0;
#ifdef VAR_RANGES
		logval("txo[6]", ((int)now.txo[6]));
#endif
		;
		goto S_295_0;
S_294_1: /* 3 */
S_292_0: /* 2 */
		/* else */;
S_293_0: /* 2 */
		now.txs[6] = 3;
#ifdef VAR_RANGES
		logval("txs[6]", ((int)now.txs[6]));
#endif
		;
		goto S_295_0;
S_294_2: /* 3 */
		Uerror("blocking sel in d_step (nr.744, near line 236)");
S_295_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 514: // STATE 300 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((int)now.txs[7])==1)))
			continue;

		reached[2][300] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_297_0: /* 2 */
		if (!((((int)now.txs[7])==1)))
			Uerror("block in d_step seq");
S_298_0: /* 2 */
		q = 1;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_311_0: /* 2 */
S_310_0: /* 2 */
S_299_0: /* 2 */
		if (!((((int)q)<=3)))
			goto S_310_1;
S_305_0: /* 2 */
S_300_0: /* 2 */
		if (!(((((int)now.txm[7])&(1<<((int)q)))&&(((int)now.tbl[ Index(((int)q), 4) ])==0))))
			goto S_305_1;
S_301_0: /* 2 */
		spin_assert( !(((1<<2)&(1<<((int)q)))), " !(((1<<2)&(1<<q)))", II, tt, t);
S_302_0: /* 2 */
		spin_assert( !((((int)now.fdone)&&(((int)now.preU)&(1<<((int)q))))), " !((fdone&&(preU&(1<<q))))", II, tt, t);
S_303_0: /* 2 */
		now.tbl[ Index(q, 4) ] = 1;
#ifdef VAR_RANGES
		logval("tbl[q]", ((int)now.tbl[ Index(((int)q), 4) ]));
#endif
		;
		goto S_306_0;
S_305_1: /* 3 */
S_304_0: /* 2 */
		/* else */;
		goto S_306_0;
S_305_2: /* 3 */
		Uerror("blocking sel in d_step (nr.745, near line 236)");
S_306_0: /* 2 */
S_307_0: /* 2 */
		q = (((int)q)+1);
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
		goto S_311_0; /* ';' */
S_310_1: /* 3 */
S_308_0: /* 2 */
		/* else */;
S_309_0: /* 2 */
		goto S_313_0;	/* 'goto' */
S_310_2: /* 3 */
		Uerror("blocking sel in d_step (nr.746, near line 236)");
S_312_0: /* 2 */
		goto S_313_0;	/* 'break' */
S_313_0: /* 2 */
		q = 0;
#ifdef VAR_RANGES
		logval("q", ((int)q));
#endif
		;
S_314_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_315_0: /* 2 */
		now.txm[7] = 0;
#ifdef VAR_RANGES
		logval("txm[7]", ((int)now.txm[7]));
#endif
		;
S_321_0: /* 2 */
S_316_0: /* 2 */
		if (!(((int)now.txo[7])))
			goto S_321_1;
S_317_0: /* 2 */
		now.txs[7] = 0;
#ifdef VAR_RANGES
		logval("txs[7]", ((int)now.txs[7]));
#endif
		;
S_318_0: /* 2 */
		now.txo[7] = 0;
#ifdef VAR_RANGES
		logval("txo[7]", ((int)now.txo[7]));
#endif
		;
		goto S_322_0;
S_321_1: /* 3 */
S_319_0: /* 2 */
		/* else */;
S_320_0: /* 2 */
		now.txs[7] = 2;
#ifdef VAR_RANGES
		logval("txs[7]", ((int)now.txs[7]));
#endif
		;
		goto S_322_0;
S_321_2: /* 3 */
		Uerror("blocking sel in d_step (nr.747, near line 236)");
S_322_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 515: // STATE 312 - memflush.pml:236 - [D_STEP236]
		if (!(boq == -1 && (((((int)now.txs[7])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			continue;

		reached[2][312] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_324_0: /* 2 */
		if (!((((((int)now.txs[7])==1)&& !(((int)now.sweep)))&&(((int)now.npgf)<1))))
			Uerror("block in d_step seq");
S_325_0: /* 2 */
		now.npgf = (((int)now.npgf)+1);
#ifdef VAR_RANGES
		logval("npgf", ((int)now.npgf));
#endif
		;
S_326_0: /* 2 */
		now.nactive = (((int)now.nactive)-1);
#ifdef VAR_RANGES
		logval("nactive", ((int)now.nactive));
#endif
		;
S_327_0: /* 2 */
		now.txm[7] = 0;
#ifdef VAR_RANGES
		logval("txm[7]", ((int)now.txm[7]));
#endif
		;
S_333_0: /* 2 */
S_328_0: /* 2 */
		if (!(((int)now.txo[7])))
			goto S_333_1;
S_329_0: /* 2 */
		now.txs[7] = 0;
#ifdef VAR_RANGES
		logval("txs[7]", ((int)now.txs[7]));
#endif
		;
S_330_0: /* 2 */
		now.txo[7] = 0;
#ifdef VAR_RANGES
		logval("txo[7]", ((int)now.txo[7]));
#endif
		;
		goto S_334_0;
S_333_1: /* 3 */
S_331_0: /* 2 */
		/* else */;
S_332_0: /* 2 */
		now.txs[7] = 3;
#ifdef VAR_RANGES
		logval("txs[7]", ((int)now.txs[7]));
#endif
		;
		goto S_334_0;
S_333_2: /* 3 */
		Uerror("blocking sel in d_step (nr.748, near line 236)");
S_334_0: /* 2 */
		goto S_337_0; /* '.' */
		goto S_337_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 516: // STATE 316 - memflush.pml:241 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[2][316] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC clock */
	case 517: // STATE 3 - memflush.pml:209 - [D_STEP209]
		if (!(boq == -1 && ( !(((int)now.sweep))&&(((int)now.nexp)<((int)now.nleases)))))
			continue;

		reached[1][3] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_017_0: /* 2 */
		if (!(( !(((int)now.sweep))&&(((int)now.nexp)<((int)now.nleases)))))
			Uerror("block in d_step seq");
S_018_0: /* 2 */
		now.nexp = (((int)now.nexp)+1);
#ifdef VAR_RANGES
		logval("nexp", ((int)now.nexp));
#endif
		;
		goto S_021_0;
S_021_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 518: // STATE 7 - memflush.pml:210 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[1][7] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC producer */
	case 519: // STATE 11 - memflush.pml:198 - [D_STEP198]
		if (!(boq == -1 && (((int)now.pushed)<3)))
			continue;

		reached[0][11] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_000_0: /* 2 */
		if (!((((int)now.pushed)<3)))
			Uerror("block in d_step seq");
S_001_0: /* 2 */
		now.pushed = (((int)now.pushed)+1);
#ifdef VAR_RANGES
		logval("pushed", ((int)now.pushed));
#endif
		;
S_004_0: /* 2 */
S_002_0: /* 2 */
		now.pend.e[ Index(now.pend.n, 3) ] = ((int)now.pushed);
#ifdef VAR_RANGES
		logval("pend.e[pend.n]", ((int)now.pend.e[ Index(((int)now.pend.n), 3) ]));
#endif
		;
S_003_0: /* 2 */
		now.pend.n = (((int)now.pend.n)+1);
#ifdef VAR_RANGES
		logval("pend.n", ((int)now.pend.n));
#endif
		;
		goto S_008_0;
S_008_0: /* 2 */
S_005_0: /* 2 */
		if (!(( !(((int)now.fstart))&&(0&(1<<((int)now.pushed))))))
			goto S_008_1;
S_006_0: /* 2 */
		now.preU = (((int)now.preU)|(1<<((int)now.pushed)));
#ifdef VAR_RANGES
		logval("preU", ((int)now.preU));
#endif
		;
		goto S_009_0;
S_008_1: /* 3 */
S_007_0: /* 2 */
		/* else */;
		goto S_009_0;
S_008_2: /* 3 */
		Uerror("blocking sel in d_step (nr.749, near line 200)");
S_009_0: /* 2 */
		goto S_014_0;
S_014_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 520: // STATE 17 - memflush.pml:204 - [-end-] (0:0:0 - 3)
		IfNotBlocked
		reached[0][17] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */
	case  _T5:	/* np_ */
		if (!((!(trpt->o_pm&4) && !(trpt->tau&128))))
			continue;
		/* else fall through */
	case  _T2:	/* true */
		_m = 3; goto P999;
#undef rand
	}

