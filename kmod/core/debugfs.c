// SPDX-License-Identifier: GPL-2.0
/*
 * debugfs.c - /sys/kernel/debug/<module name>/ (root only, one per
 * module, not per namespace): everything here acts on the init_net
 * instance.
 *
 *   trigger       write: fire an event (stand-in for a hardware event)
 *   stats         read: the counters
 *   fail_replies  read/write: the next N reply allocations fail (test hook)
 */

static struct dentry *nlkit_dbg;

static ssize_t nlkit_trigger_write(struct file *file, const char __user *ubuf,
				   size_t count, loff_t *ppos)
{
	struct nlkit_net *nn = nlkit_net(&init_net);
	unsigned int group;

	/* "N" selects group N; anything else (e.g. "\n") group 1. */
	if (kstrtouint_from_user(ubuf, count, 0, &group))
		group = NLKIT_MOD_GRP_EVENTS;
	else if (!group || group > NLKIT_MOD_GROUPS)
		return -EINVAL;
	nlkit_fire(nn, nn->sk, NLKIT_MOD_SRC_TRIGGER, group, NULL, GFP_KERNEL);
	flush_work(&nn->fanout);
	return count;
}

static const struct file_operations nlkit_trigger_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = nlkit_trigger_write,
	.llseek = noop_llseek,
};

static int nlkit_stats_show(struct seq_file *m, void *v)
{
	struct nlkit_net *nn = nlkit_net(&init_net);
	int i;

	seq_printf(m, "protocol %d\n", nn->sk->sk_protocol);
	seq_printf(m, "seq %llu\n", READ_ONCE(nn->seq));
	for (i = 0; i < __NLKIT_MOD_STAT_MAX; i++)
		if (nlkit_stat_valid(i))
			seq_printf(m, "%s %llu\n", nlkit_stat_names[i],
				   nlkit_stat(nn, i));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(nlkit_stats);

static void nlkit_debugfs_init(void)
{
	/* Optional: without debugfs these calls fail harmlessly. */
	nlkit_dbg = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_file("trigger", 0200, nlkit_dbg, NULL,
			    &nlkit_trigger_fops);
	debugfs_create_file("stats", 0444, nlkit_dbg, NULL, &nlkit_stats_fops);
	debugfs_create_atomic_t("fail_replies", 0600, nlkit_dbg,
				&nlkit_net(&init_net)->fail_replies);
}

/* No more triggers after this; waits for a write in progress. */
static void nlkit_debugfs_exit(void)
{
	debugfs_remove_recursive(nlkit_dbg);
}
