"""PyTorch reference for bench/src/main/java/org/researchml/bench/UNetBench.java.

Times training steps (Adam, BCE plus soft Dice loss) and inference of the same U-Net shape as the
Java benchmark: depth 4, base 16 or 64 filters doubling per level, two 3x3 convolutions with batch
normalization and ReLU per level, 2x2 transposed convolutions, 1x1 sigmoid output.

Usage: python3 unet_bench.py [tile_size] [batch_size] [steps] [bases]   (defaults 256, 4, 3, 16,64)
where bases is a comma-separated list of base filter counts; run one base per process to measure
its peak memory alone.
"""
import sys
import time

import torch
from torch import nn


def block(in_channels, out_channels):
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(inplace=True),
        nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(inplace=True),
    )


class UNet(nn.Module):
    def __init__(self, depth=4, base_filters=16):
        super().__init__()
        filters = [base_filters * 2 ** level for level in range(depth)]
        self.encoders = nn.ModuleList()
        in_channels = 1
        for out_channels in filters:
            self.encoders.append(block(in_channels, out_channels))
            in_channels = out_channels
        self.upsamplers = nn.ModuleList()
        self.decoders = nn.ModuleList()
        for level in range(depth - 2, -1, -1):
            self.upsamplers.append(nn.ConvTranspose2d(filters[level + 1], filters[level], 2, stride=2))
            self.decoders.append(block(2 * filters[level], filters[level]))
        self.output = nn.Conv2d(filters[0], 1, 1)

    def forward(self, x):
        skips = []
        for index, encoder in enumerate(self.encoders):
            if index > 0:
                x = nn.functional.max_pool2d(x, 2)
            x = encoder(x)
            skips.append(x)
        for upsampler, decoder, skip in zip(self.upsamplers, self.decoders, reversed(skips[:-1])):
            x = torch.relu(upsampler(x))
            x = decoder(torch.cat([x, skip], dim=1))
        return self.output(x)


def loss_function(logits, labels):
    probabilities = torch.sigmoid(logits)
    cross_entropy = nn.functional.binary_cross_entropy_with_logits(logits, labels)
    intersection = (probabilities * labels).sum()
    dice = 1 - (2 * intersection + 1) / (probabilities.sum() + labels.sum() + 1)
    return cross_entropy + dice


def run(base_filters, tile_size, batch_size, steps):
    torch.manual_seed(1)
    model = UNet(4, base_filters)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    features = torch.rand(batch_size, 1, tile_size, tile_size)
    labels = (torch.rand(batch_size, 1, tile_size, tile_size) > 0.8).float()

    def train_step():
        optimizer.zero_grad()
        loss = loss_function(model(features), labels)
        loss.backward()
        optimizer.step()

    model.train()
    train_step()
    start = time.perf_counter()
    for _ in range(steps):
        train_step()
    step_seconds = (time.perf_counter() - start) / steps

    model.eval()
    with torch.no_grad():
        model(features)
        start = time.perf_counter()
        for _ in range(steps):
            model(features)
        inference_seconds = (time.perf_counter() - start) / steps
    print(f"base {base_filters:3d} filters, PyTorch {torch.__version__}: training step {step_seconds:7.3f} s, "
          f"inference {batch_size / inference_seconds:6.2f} tiles/s")


def main():
    tile_size = int(sys.argv[1]) if len(sys.argv) > 1 else 256
    batch_size = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    steps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    bases = [int(base) for base in sys.argv[4].split(",")] if len(sys.argv) > 4 else [16, 64]
    torch.set_num_threads(2)
    print(f"U-Net benchmark (PyTorch): tiles 1x{tile_size}x{tile_size}, batch {batch_size}, {steps} timed steps, "
          f"{torch.get_num_threads()} threads")
    for base_filters in bases:
        run(base_filters, tile_size, batch_size, steps)


if __name__ == "__main__":
    main()
