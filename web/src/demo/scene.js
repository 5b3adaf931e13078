// The demo's three.js view: loads the head (head.glb with its rig data in
// scenes[0].extras.spatiusRig) and applies one keyframe's rig (src/rig.js) to it.
import {
  AmbientLight, Box3, Color, DirectionalLight, HemisphereLight, PerspectiveCamera, Quaternion, Scene, SRGBColorSpace,
  Vector3, WebGLRenderer,
} from "three";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { ARKIT_NAMES } from "../generated/vocabulary.js";

export class HeadView {
  constructor(canvas) {
    this.canvas = canvas;
    this.renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.scene = new Scene();
    this.scene.background = new Color(0x20242c);
    this.camera = new PerspectiveCamera(28, 1, 0.01, 100);
    this.scene.add(new HemisphereLight(0xffffff, 0x404050, 1.2), new AmbientLight(0xffffff, 0.25));
    const key = new DirectionalLight(0xffffff, 1.6);
    key.position.set(0.6, 0.8, 1.2);
    this.scene.add(key);
    this.nodes = {};
    this.rest = {};
    this.rig = null;
    this.head = null;
  }

  /** Load the head; resolves with its rig data. */
  async load(url) {
    const gltf = await new GLTFLoader().loadAsync(url);
    this.scene.add(gltf.scene);
    this.rig = gltf.scene.userData.spatiusRig ?? gltf.scenes?.[0]?.userData?.spatiusRig;
    if (!this.rig) throw new Error("head.glb carries no spatiusRig data");
    gltf.scene.traverse((object) => {
      if (object.name) this.nodes[object.name] = this.nodes[object.name] ?? object;
      if (object.morphTargetDictionary && object.morphTargetDictionary.jawOpen !== undefined) this.head = object;
    });
    for (const entry of this.rig.rotations) {
      const node = this.nodes[entry.node];
      if (node) this.rest[entry.node] = node.quaternion.clone();
    }
    if (!this.head) throw new Error("head.glb has no mesh with ARKit morph targets");
    this.morphIndex = ARKIT_NAMES.map((name) => this.head.morphTargetDictionary[name]);
    const box = new Box3().setFromObject(gltf.scene);
    const size = box.getSize(new Vector3());
    const center = box.getCenter(new Vector3());
    const distance = (Math.max(size.x, size.y) * 1.25) / (2 * Math.tan((this.camera.fov * Math.PI) / 360));
    this.camera.position.set(center.x, center.y, center.z + size.z / 2 + distance);
    this.camera.lookAt(center);
    return this.rig;
  }

  /** Apply one keyframe's rig: {weights (ARKit order), rotations {node: [x, y, z, w]}}. */
  apply({ weights, rotations }) {
    if (!this.head) return;
    const influences = this.head.morphTargetInfluences;
    this.morphIndex.forEach((at, i) => {
      if (at !== undefined) influences[at] = weights[i];
    });
    const q = new Quaternion();
    for (const [name, [x, y, z, w]] of Object.entries(rotations)) {
      const node = this.nodes[name];
      if (node) node.quaternion.copy(this.rest[name]).multiply(q.set(x, y, z, w));
    }
  }

  render() {
    const { clientWidth: w, clientHeight: h } = this.canvas;
    if (w && h && (this.canvas.width !== w * devicePixelRatio || this.canvas.height !== h * devicePixelRatio)) {
      this.renderer.setPixelRatio(devicePixelRatio);
      this.renderer.setSize(w, h, false);
      this.camera.aspect = w / h;
      this.camera.updateProjectionMatrix();
    }
    this.renderer.render(this.scene, this.camera);
  }
}
